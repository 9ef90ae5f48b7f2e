#!/usr/bin/env node
// Judges every Slack golden body (tests/golden/payloads/slack/**.json) with Slack's own types.
//
//   node tests/js/check-slack.js tests/golden/payloads/slack
//
// Each file becomes a TypeScript module that assigns the body, as a literal, to an
// incoming-webhook message `{ text: string; blocks: KnownBlock[] }` (@slack/types exports the
// blocks but no message type for incoming webhooks), and `tsc --noEmit` must accept them all:
// an unknown block type, a misspelt or extra property, a missing field or a wrong value type
// fails. Then Block Kit's documented limits that types cannot express (lengths, counts, unique
// action ids, Slack's escaping of &, < and >). Exit 0 when every file passes.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const modules = path.join(__dirname, 'node_modules');
for (const need of ['@slack/types/package.json', 'typescript/bin/tsc']) {
    if (!fs.existsSync(path.join(modules, need))) {
        console.error(`${path.join(modules, need)} is missing: run "npm ci --prefix tests/js"`);
        process.exit(1);
    }
}

const root = process.argv[2];
if (!root || !fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    console.error('usage: check-slack.js DIRECTORY-OF-SLACK-BODIES');
    process.exit(2);
}

function walk(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return walk(full);
        return entry.name.endsWith('.json') ? [full] : [];
    });
}

const files = walk(root).sort();
if (files.length === 0) {
    console.error(`no Slack bodies under ${root}`);
    process.exit(1);
}

const problems = [];

// --- Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks) -------------------
function checkText(where, object, max) {
    if (typeof object?.text !== 'string' || object.text.length === 0) {
        problems.push(`${where}: no text`);
        return;
    }
    if (object.text.length > max) problems.push(`${where}: text longer than ${max} characters`);
    if (object.type === 'mrkdwn') checkEscaping(where, object.text);
}

// In mrkdwn, '<' opens a link or a special token and '&' an entity: anything else means a
// value went out without Slack's escaping.
function checkEscaping(where, text) {
    for (const match of text.matchAll(/<([^>]*)>?/g)) {
        if (!/^(https?:\/\/[^|<>\s]+(\|[^<>]+)?|![a-z]+(\^[^|<>]*)*(\|[^<>]+)?|[@#][A-Z0-9]+)>$/.test(match[0].slice(1)))
            problems.push(`${where}: unescaped "<" in ${JSON.stringify(match[0])}`);
    }
    for (const match of text.matchAll(/&[^;\s]*;?/g)) {
        if (!['&amp;', '&lt;', '&gt;'].includes(match[0]))
            problems.push(`${where}: unescaped "&" in ${JSON.stringify(match[0])}`);
    }
}

function checkLimits(name, message) {
    checkText(`${name}: message`, { type: 'mrkdwn', text: message.text }, 40000);
    const blocks = Array.isArray(message.blocks) ? message.blocks : [];
    if (blocks.length === 0 || blocks.length > 50) problems.push(`${name}: 1 to 50 blocks`);
    const actionIds = new Set();
    blocks.forEach((block, i) => {
        const where = `${name}: blocks[${i}] (${block.type})`;
        if (block.type === 'section') {
            if (!block.text && !block.fields) problems.push(`${where}: neither text nor fields`);
            if (block.text) checkText(`${where}.text`, block.text, 3000);
            if (block.fields) {
                if (block.fields.length > 10) problems.push(`${where}: more than 10 fields`);
                block.fields.forEach((f, j) => checkText(`${where}.fields[${j}]`, f, 2000));
            }
        } else if (block.type === 'context') {
            if (!block.elements?.length || block.elements.length > 10)
                problems.push(`${where}: 1 to 10 elements`);
            block.elements?.forEach((e, j) => {
                if (e.type !== 'image') checkText(`${where}.elements[${j}]`, e, 3000);
            });
        } else if (block.type === 'actions') {
            if (!block.elements?.length || block.elements.length > 25)
                problems.push(`${where}: 1 to 25 elements`);
            block.elements?.forEach((e, j) => {
                const at = `${where}.elements[${j}]`;
                if (e.type === 'button') {
                    checkText(`${at}.text`, e.text, 75);
                    if (e.url !== undefined && (e.url.length > 3000 || !/^https?:\/\//.test(e.url)))
                        problems.push(`${at}: url must be http(s) and at most 3000 characters`);
                }
                if (e.action_id !== undefined) {
                    if (e.action_id.length === 0 || e.action_id.length > 255)
                        problems.push(`${at}: action_id of 1 to 255 characters`);
                    if (actionIds.has(e.action_id))
                        problems.push(`${at}: action_id ${e.action_id} used twice`);
                    actionIds.add(e.action_id);
                }
            });
        }
    });
}

// --- Types: one module per body, one tsc run ---------------------------------------------------
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'slack-judge-'));
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
const slackTypes = path.join(modules, '@slack/types').split(path.sep).join('/');
const sources = [];
for (const file of files) {
    const name = path.relative(root, file);
    const text = fs.readFileSync(file, 'utf8');
    let message;
    try {
        message = JSON.parse(text);
    } catch (error) {
        problems.push(`${name}: not JSON: ${error.message}`);
        continue;
    }
    checkLimits(name, message);
    // Named after the golden file, so tsc's messages say which one is wrong.
    const source = path.join(scratch, name.replace(/[\\/]/g, '__').replace(/\.json$/, '.ts'));
    fs.writeFileSync(
        source,
        `// ${name}\n` +
            `import type { KnownBlock } from ${JSON.stringify(slackTypes)};\n` +
            'type IncomingWebhookMessage = { text: string; blocks: KnownBlock[] };\n' +
            `export const message: IncomingWebhookMessage = ${text};\n`
    );
    sources.push(source);
}
fs.writeFileSync(
    path.join(scratch, 'tsconfig.json'),
    JSON.stringify({
        compilerOptions: {
            strict: true,
            noEmit: true,
            exactOptionalPropertyTypes: true,
            target: 'es2020',
            module: 'commonjs',
            moduleResolution: 'node',
            types: [],
        },
        files: sources.map((s) => path.basename(s)),
    })
);
const tsc = spawnSync(
    process.execPath,
    [path.join(modules, 'typescript/bin/tsc'), '--noEmit', '-p', path.join(scratch, 'tsconfig.json')],
    { encoding: 'utf8' }
);
const typeErrors = `${tsc.stdout}${tsc.stderr}`.trim();
if (tsc.status !== 0 || typeErrors) problems.push(`tsc --noEmit:\n${typeErrors || `exit ${tsc.status}`}`);

if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`FAIL: ${files.length} Slack bodies checked, ${problems.length} problem(s)`);
    process.exit(1);
}
const tsVersion = require(path.join(modules, 'typescript/package.json')).version;
const typesVersion = require(path.join(modules, '@slack/types/package.json')).version;
console.log(`PASS: ${files.length} Slack bodies type-check against @slack/types ${typesVersion} ` +
    `(tsc ${tsVersion}) and keep Block Kit's limits`);
