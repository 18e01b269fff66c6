import { createRequire as __lrCreateRequire } from 'node:module'; const require = __lrCreateRequire(import.meta.url);
import{require_undici}from"./chunk-XQ2YISEL.js";import"./chunk-C6MEQJ2B.js";export default require_undici();
