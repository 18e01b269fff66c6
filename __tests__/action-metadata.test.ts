import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ACTION_INPUTS } from '../src/config/action-inputs.js';
import { VERSION } from '../src/version.js';

const action = parse(readFileSync('action.yml', 'utf8'));

test('action.yml runs the committed bundle on node24', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
});

test('action.yml declares exactly the inputs the code reads', () => {
  expect(Object.keys(action.inputs).sort()).toEqual(Object.values(ACTION_INPUTS).sort());
});

test('action.yml declares the outputs the code sets', () => {
  expect(Object.keys(action.outputs).sort()).toEqual(['comment-url', 'critical', 'handover-file', 'high', 'low', 'medium', 'passed', 'report-file', 'sarif-file', 'status-page']);
});

test('the version matches package.json', () => {
  expect(JSON.parse(readFileSync('package.json', 'utf8')).version).toBe(VERSION);
});
