#!/usr/bin/env node
// The signature judge: signs and verifies webhook deliveries with the signing schemes' own
// reference libraries only (pinned in tests/js/package-lock.json, `npm ci --prefix tests/js`),
// so a test's verdict on the console's signatures does not rest on the console's code.
//
//   node tests/js/signatures.js verify < request.json
//     in:  {"scheme": "pulumi" | "github" | "standard-webhooks" | "stripe",
//           "secret": "...", "headers": {"Name": "value", ...},
//           "body": "<base64 of the exact bytes received>", "now": <unix seconds, optional>}
//     out: {"valid": true} or {"valid": false, "error": "..."}; exit 0 either way.
//     pulumi             @octokit/webhooks-methods verify(secret, body, "sha256=" + <hex>)
//     github             @octokit/webhooks-methods verify(secret, body, X-Hub-Signature-256)
//     standard-webhooks  `standardwebhooks` and `svix` Webhook.verify must BOTH accept; the
//                        error names the one(s) that refused
//     stripe             stripe's Stripe.webhooks.constructEvent(body, header, secret, 300)
//     One secret per call: for a delivery signed during a rotation, call once per secret.
//
//   node tests/js/signatures.js sign < message.json
//     in:  {"scheme": ..., "secret": "..." (or ["new", "old"] for a rotation),
//           "id": "msg_...", "timestamp": <unix seconds>, "body": "<base64>"}
//     out: {"headers": {"Name": "value", ...}}: the signature headers only, made by
//          octokit sign, standardwebhooks sign and stripe generateTestHeaderString.
//
// Header names in `verify` are matched in any case. Bad input (unknown scheme, unreadable
// JSON, node_modules missing) goes to stderr with exit 2.
'use strict';

const fs = require('fs');
const path = require('path');
const url = require('url');

const modules = path.join(__dirname, 'node_modules');

function fail(message) {
    process.stderr.write(`signatures.js: ${message}\n`);
    process.exit(2);
}

function load(name) {
    if (!fs.existsSync(path.join(modules, name)))
        fail(`${path.join(modules, name)} is missing: run "npm ci --prefix tests/js"`);
    return require(path.join(modules, name));
}

/// @octokit/webhooks-methods is ESM only.
async function octokit() {
    const file = path.join(modules, '@octokit/webhooks-methods/dist-node/index.js');
    if (!fs.existsSync(file))
        fail(`${file} is missing: run "npm ci --prefix tests/js"`);
    return import(url.pathToFileURL(file).href);
}

const Schemes = ['pulumi', 'github', 'standard-webhooks', 'stripe'];

/// Runs `fn` with Date.now() at `now` (Unix seconds) when given: standardwebhooks and svix
/// read the clock themselves.
function at(now, fn) {
    if (now === undefined || now === null)
        return fn();
    const realNow = Date.now;
    Date.now = () => now * 1000;
    try {
        return fn();
    } finally {
        Date.now = realNow;
    }
}

function refusal(e) {
    return (e && e.message ? e.message.split('\n')[0] : String(e)).trim();
}

async function verify(input) {
    const body = Buffer.from(input.body ?? '', 'base64');
    const bodyString = body.toString('utf8');
    const headers = {};
    for (const [name, value] of Object.entries(input.headers ?? {}))
        headers[name.toLowerCase()] = String(value);
    const secret = input.secret;
    switch (input.scheme) {
    case 'pulumi':
    case 'github': {
        const { verify: octokitVerify } = await octokit();
        const name = input.scheme === 'pulumi' ? 'pulumi-webhook-signature' : 'x-hub-signature-256';
        if (headers[name] === undefined)
            return { valid: false, error: `no ${name} header` };
        const signature = input.scheme === 'pulumi' ? `sha256=${headers[name]}` : headers[name];
        try {
            return (await octokitVerify(secret, bodyString, signature))
                ? { valid: true }
                : { valid: false, error: '@octokit/webhooks-methods: signature does not match' };
        } catch (e) {
            return { valid: false, error: `@octokit/webhooks-methods: ${refusal(e)}` };
        }
    }
    case 'standard-webhooks': {
        const libraries = {
            standardwebhooks: load('standardwebhooks').Webhook,
            svix: load('svix').Webhook,
        };
        const refusals = [];
        for (const [name, Webhook] of Object.entries(libraries)) {
            try {
                at(input.now, () => new Webhook(secret).verify(bodyString, headers));
            } catch (e) {
                refusals.push(`${name}: ${refusal(e)}`);
            }
        }
        return refusals.length ? { valid: false, error: refusals.join('; ') } : { valid: true };
    }
    case 'stripe': {
        const Stripe = load('stripe');
        const receivedAt = input.now === undefined || input.now === null ? undefined
                                                                          : input.now * 1000;
        try {
            Stripe.webhooks.constructEvent(body, headers['stripe-signature'], secret, 300,
                                           undefined, receivedAt);
            return { valid: true };
        } catch (e) {
            return { valid: false, error: `stripe: ${refusal(e)}` };
        }
    }
    }
    fail(`unknown scheme "${input.scheme}" (one of ${Schemes.join(', ')})`);
}

async function sign(input) {
    const bodyString = Buffer.from(input.body ?? '', 'base64').toString('utf8');
    const secrets = Array.isArray(input.secret) ? input.secret : [input.secret];
    const timestamp = Number(input.timestamp);
    switch (input.scheme) {
    case 'pulumi':
    case 'github': {
        const { sign: octokitSign } = await octokit();
        const signature = await octokitSign(secrets[0], bodyString);
        return input.scheme === 'pulumi'
            ? { 'Pulumi-Webhook-Signature': signature.replace(/^sha256=/, '') }
            : { 'X-Hub-Signature-256': signature };
    }
    case 'standard-webhooks': {
        const { Webhook } = load('standardwebhooks');
        const when = new Date(timestamp * 1000);
        return {
            'webhook-id': String(input.id),
            'webhook-timestamp': String(timestamp),
            'webhook-signature':
                secrets.map((s) => new Webhook(s).sign(String(input.id), when, bodyString)).join(' '),
        };
    }
    case 'stripe': {
        const Stripe = load('stripe');
        // One t= and a v1= per secret, as Stripe sends during a rotation.
        const [first, ...others] = secrets.map((s) => Stripe.webhooks.generateTestHeaderString(
            { payload: bodyString, secret: s, timestamp }));
        return { 'Stripe-Signature': [first, ...others.map((h) => h.replace(/^t=\d+/, ''))].join('') };
    }
    }
    fail(`unknown scheme "${input.scheme}" (one of ${Schemes.join(', ')})`);
}

async function main() {
    const command = process.argv[2];
    if (command !== 'verify' && command !== 'sign')
        fail('usage: signatures.js verify|sign < input.json');
    let input;
    try {
        input = JSON.parse(fs.readFileSync(0, 'utf8'));
    } catch (e) {
        fail(`standard input is not JSON: ${e.message}`);
    }
    if (!Schemes.includes(input.scheme))
        fail(`unknown scheme "${input.scheme}" (one of ${Schemes.join(', ')})`);
    if (command === 'verify' && typeof input.secret !== 'string')
        fail('"secret" must be a string: verify once per secret');
    const output = command === 'verify' ? await verify(input) : { headers: await sign(input) };
    process.stdout.write(`${JSON.stringify(output)}\n`);
}

main().catch((e) => fail(e && e.stack ? e.stack : String(e)));
