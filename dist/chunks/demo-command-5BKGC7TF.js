import { createRequire as __lrCreateRequire } from 'node:module'; const require = __lrCreateRequire(import.meta.url);
import{renderHandover}from"./chunk-OADBAEHH.js";import{verdictLine}from"./chunk-25N2K2DB.js";import{canRunUndici,createHttpClient,loadConfig,renderFormat,run,runGit,systemClock}from"./chunk-AMM6E6SJ.js";import"./chunk-DTRVJKPD.js";import"./chunk-T456TLNW.js";import"./chunk-IP7QGF5Z.js";import{base62Crc32}from"./chunk-EW2DRBPD.js";import{EXIT}from"./chunk-GK3HNPJE.js";import"./chunk-C6MEQJ2B.js";import{rm}from"node:fs/promises";import{generateKeyPairSync,randomBytes,sign}from"node:crypto";var HOUR_MS=36e5,VALID_DAYS=90,OID={commonName:"2.5.4.3",ecdsaWithSha256:"1.2.840.10045.4.3.2",subjectAltName:"2.5.29.17",basicConstraints:"2.5.29.19",extendedKeyUsage:"2.5.29.37",serverAuth:"1.3.6.1.5.5.7.3.1"};function createDemoCertificate(now=new Date){let{publicKey,privateKey}=generateKeyPairSync("ec",{namedCurve:"prime256v1"}),name=sequence(set(sequence(oid(OID.commonName),tlv(12,Buffer.from("launch-ready demo"))))),signatureAlgorithm=sequence(oid(OID.ecdsaWithSha256)),tbs=sequence(tlv(160,integer(Buffer.from([2]))),integer(randomBytes(16)),signatureAlgorithm,name,sequence(utcTime(new Date(now.getTime()-HOUR_MS)),utcTime(new Date(now.getTime()+VALID_DAYS*24*HOUR_MS))),name,publicKey.export({type:"spki",format:"der"}),tlv(163,sequence(...extensions()))),signature=sign("sha256",tbs,privateKey),der=sequence(tbs,signatureAlgorithm,tlv(3,Buffer.from([0]),signature));return{cert:pem("CERTIFICATE",der),key:privateKey.export({type:"pkcs8",format:"pem"}).toString()}}function extensions(){let altNames=sequence(tlv(130,Buffer.from("localhost")),tlv(135,Buffer.from([127,0,0,1])));return[extension(OID.basicConstraints,!0,sequence()),extension(OID.extendedKeyUsage,!1,sequence(oid(OID.serverAuth))),extension(OID.subjectAltName,!1,altNames)]}function extension(id,critical,value){return sequence(oid(id),...critical?[tlv(1,Buffer.from([255]))]:[],tlv(4,value))}function tlv(tag,...content){let body=Buffer.concat(content),length=body.length<128?[body.length]:body.length<256?[129,body.length]:[130,body.length>>8,body.length&255];return Buffer.concat([Buffer.from([tag,...length]),body])}var sequence=(...content)=>tlv(48,...content),set=(...content)=>tlv(49,...content);function integer(bytes){return tlv(2,(bytes[0]??0)&128?Buffer.concat([Buffer.from([0]),bytes]):bytes)}function oid(dotted){let[first=0,second=0,...rest]=dotted.split(".").map(Number),bytes=[first*40+second];for(let arc of rest){let groups=[arc&127];for(let value=arc>>>7;value>0;value>>>=7)groups.unshift(value&127|128);bytes.push(...groups)}return tlv(6,Buffer.from(bytes))}function utcTime(date){return tlv(23,Buffer.from(date.toISOString().replace(/[-:T]/g,"").slice(2,14)+"Z"))}function pem(label,der){let lines=der.toString("base64").match(/.{1,64}/g)??[];return`-----BEGIN ${label}-----
${lines.join(`
`)}
-----END ${label}-----
`}import{mkdir,mkdtemp,writeFile}from"node:fs/promises";import{tmpdir}from"node:os";import{dirname,join as join2}from"node:path";var join=(...parts)=>parts.join(""),GITHUB_BODY="R8fK2mQ7vX4tL9pW3nB6cJ1hZ5sD0g",LAUNCH_READY_YML=`# Fail the PR on high and critical findings.
failOn: high
env:
  files: [.env.example, .env.production]
  vars:
    PORT: { type: port, description: the port the server listens on }
    STRIPE_SECRET_KEY: { type: string, secret: true, required: true, description: Stripe API key for checkout }
smoke:
  requestTimeout: 5s
  routes:
    - { path: /, expect: { status: 200, bodyContains: Sign up } }
    - { path: /pricing }
    - { path: /login, private: true, expect: { status: 200 } }
    - { path: /account, private: true, auth: required }
    - { path: /old-pricing }
    - { path: /api/health, expect: { json: { /status: ok } } }
  flows:
    - name: contact form
      steps:
        - { path: /contact, capture: { csrf: { regex: 'name="csrf" value="([^"]+)"' } } }
        - path: /api/inquiries
          method: POST
          json: { csrf: "\${csrf}", email: visitor@example.com, message: Do you ship to Oslo? }
          expect: { status: 201, json: { /status: received } }
`,BASE_FILES={"README.md":`# Demo shop

A tiny storefront used by \`launch-ready demo\`.
`,"package.json":`{
  "name": "demo-shop",
  "private": true,
  "scripts": { "start": "node src/server.js" }
}
`,"src/server.js":["import http from 'node:http';","import { charge } from './payments.js';","","const port = Number(process.env.PORT ?? 3000);","http.createServer((req, res) => res.end('ok')).listen(port);",""].join(`
`),"src/payments.js":["export async function charge(amount) {","  const key = process.env.STRIPE_SECRET_KEY;","  return { amount, key: Boolean(key) };","}",""].join(`
`),".env.example":`PORT=3000
STRIPE_SECRET_KEY=
`,".env.production":`# Production settings; secrets live in the hosting platform.
NODE_ENV=production
PORT=:8080
`,"launch-ready.yml":LAUNCH_READY_YML},PULL_REQUEST_FILES={"src/payments.js":["// TODO: move back to the environment before launch",join("const key = 'sk_","live_","9Qm2Xv7LpR4tK8wN3bY6zH1c","';"),"export async function charge(amount) {","  return { amount, key: Boolean(key) };","}",""].join(`
`),"deploy/aws.env":["# credentials for the release bucket",join("AWS_ACCESS_KEY_ID=","AKIA","QYLPMN5HFIQR7XJ2"),join("AWS_SECRET_ACCESS_KEY=","Zq8vN3kLmP7xR2tW9yB4","cF6hJ1dS5gA0eU3iO8nK"),""].join(`
`),"scripts/release.sh":["#!/bin/sh",join("export GITHUB_TOKEN=","ghp_",GITHUB_BODY,base62Crc32(GITHUB_BODY)),'gh release create "$1"',""].join(`
`)};async function createDemoRepo(){let dir=await mkdtemp(join2(tmpdir(),"launch-ready-demo-")),git=(...args)=>runGit(args,{cwd:dir});await git("init","--quiet","--initial-branch=main"),await git("config","user.name","Demo"),await git("config","user.email","demo@example.com"),await git("config","commit.gpgsign","false");let baseSha=await commitFiles(dir,BASE_FILES,"Initial shop");await git("checkout","--quiet","-b","feature/checkout");let headSha=await commitFiles(dir,PULL_REQUEST_FILES,"Wire up payments and releases");return{dir,baseSha,headSha}}async function commitFiles(dir,files,message){for(let[path,text]of Object.entries(files))await mkdir(dirname(join2(dir,path)),{recursive:!0}),await writeFile(join2(dir,path),text);return await runGit(["add","--all"],{cwd:dir}),await runGit(["commit","--quiet","--no-verify","-m",message],{cwd:dir}),(await runGit(["rev-parse","HEAD"],{cwd:dir})).trim()}import{randomBytes as randomBytes2}from"node:crypto";import{createServer as createHttpServer}from"node:http";import{createServer as createHttpsServer}from"node:https";var MAX_BODY_BYTES=16384;async function startSampleApp(certificate){let secure=certificate!==void 0,session={id:randomBytes2(12).toString("hex"),csrf:randomBytes2(12).toString("hex")},handle=(req,res)=>{answer(req,res,{secure,session}).catch(()=>res.destroy())},server=certificate?createHttpsServer({cert:certificate.cert,key:certificate.key},handle):createHttpServer(handle);await new Promise((resolve,reject)=>{server.once("error",reject),server.listen(0,"127.0.0.1",resolve)});let{port}=server.address();return{url:`${secure?"https":"http"}://127.0.0.1:${port}`,close:()=>new Promise(resolve=>{server.close(()=>resolve()),server.closeAllConnections()})}}async function answer(req,res,state){let send=(status,body,headers={})=>{res.writeHead(status,{"content-type":"text/html; charset=utf-8",...state.secure?{"strict-transport-security":"max-age=31536000; includeSubDomains"}:{},...headers}),res.end(body)},json=(status,value)=>send(status,JSON.stringify(value),{"content-type":"application/json"});switch(`${req.method??"GET"} ${new URL(req.url??"/","http://app").pathname}`){case"GET /":return send(200,page("Demo shop",'<p>Socks, shipped tomorrow.</p><a href="/signup">Sign up</a>'));case"GET /pricing":return send(200,page("Pricing","<p>Free for one shop.</p>"));case"GET /login":return send(200,page("Log in",'<form method="post" action="/session"><input name="email"></form>'),{"cache-control":"public, max-age=600"});case"GET /account":return send(500,page("Error","<p>Internal Server Error</p>"));case"GET /old-pricing":return send(301,"",{location:"/pricing-legacy"});case"GET /pricing-legacy":return send(301,"",{location:"/old-pricing"});case"GET /api/health":return json(200,{status:"degraded",checks:{database:"ok",queue:"backlog"}});case"GET /contact":return send(200,page("Contact",`<form method="post" action="/api/inquiries"><input type="hidden" name="csrf" value="${state.session.csrf}"><textarea name="message"></textarea></form>`),{"cache-control":"private, no-store","set-cookie":`sid=${state.session.id}; Path=/; HttpOnly; SameSite=Lax${state.secure?"; Secure":""}`});case"POST /api/inquiries":{let sent=parseJson(await readBody(req));return!(req.headers.cookie??"").split(/;\s*/).includes(`sid=${state.session.id}`)||sent?.csrf!==state.session.csrf?json(403,{status:"forbidden"}):json(201,{status:"received",id:1001})}default:return send(404,page("Not found","<p>No such page.</p>"))}}function page(title,body){return`<!doctype html><html><head><title>${title} \xB7 Demo shop</title></head><body><h1>${title}</h1>${body}</body></html>`}async function readBody(req){let chunks=[],size=0;for await(let chunk of req){if(size+=chunk.length,size>MAX_BODY_BYTES)throw new Error("request body too large");chunks.push(chunk)}return Buffer.concat(chunks).toString("utf8")}function parseJson(text){try{let value=JSON.parse(text);return typeof value=="object"&&value!==null?value:void 0}catch{return}}async function demoCommand(command,io,clock=systemClock()){let repo=await createDemoRepo(),app,http;try{app=await startPreview(io),http=createHttpClient(app?.ca?{ca:app.ca}:{});let config=await loadConfig({workspace:repo.dir}),report=await run({config,context:demoContext(repo,app),checks:"auto",deps:{logger:io.logger,clock,env:{},http}});return command.handover?(io.stdout(renderHandover({report,config,generatedAt:clock.today().toISOString()})),EXIT.passed):(command.format==="text"&&app&&io.stdout(`Demo: pull request #42 of a sample shop, and its preview deploy running at ${app.url}

`),io.stdout(renderFormat(report,command.format,{color:io.color})),command.format==="text"&&(io.stdout(`
--- the PR comment (Markdown) ---

${renderFormat(report,"markdown",{color:!1})}
`),io.stdout(`
${verdictLine(report)}
In CI this pull request would exit ${report.gate.exitCode}.
`)),EXIT.passed)}finally{await http?.close(),await app?.close(),await rm(repo.dir,{recursive:!0,force:!0})}}function demoContext(repo,app){return{eventName:"pull_request",kind:"pull_request",workspace:repo.dir,repository:{owner:"demo",repo:"shop"},repositoryUrl:"https://github.com/demo/shop",pullRequest:{number:42,baseSha:repo.baseSha,headSha:repo.headSha},headSha:repo.headSha,requested:{environment:"preview",...app?{baseUrl:app.url}:{}},hasToken:!1}}async function startPreview(io){if(!canRunUndici(process.versions.node)){io.logger.warning(`the demo's smoke test needs Node.js 22.19 or newer (this is ${process.versions.node}); showing secrets and env only`);return}let certificate;try{certificate=createDemoCertificate()}catch(error){io.logger.warning(`no certificate for the demo app (${error instanceof Error?error.message:String(error)}); serving it over plain HTTP`)}let app=await startSampleApp(certificate);return certificate?{...app,ca:certificate.cert}:app}export{demoCommand};
