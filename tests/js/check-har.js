#!/usr/bin/env node
// Judges an exported history as HTTP Archive 1.2 with har-validator (the JSON Schema of HAR 1.2
// that HTTP tools share), then with what the HAR 1.2 specification says and the schema does not
// check: custom properties begin with "_", an entry's time is the sum of its timings, a
// response's content.size is the size of its text (decoded when base64), dates parse.
//
//   node tests/js/check-har.js FILE.har
//
// Exit 0 when the file passes, 1 with every problem on stderr when it does not, 2 on misuse.
'use strict';

const fs = require('fs');
const path = require('path');

const modules = path.join(__dirname, 'node_modules');
if (!fs.existsSync(path.join(modules, 'har-validator/package.json'))) {
    console.error(`${path.join(modules, 'har-validator')} is missing: run "npm ci --prefix tests/js"`);
    process.exit(1);
}
const validator = require(path.join(modules, 'har-validator'));

const file = process.argv[2];
if (!file || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
    console.error('usage: check-har.js FILE.har');
    process.exit(2);
}

let har;
try {
    har = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (error) {
    console.error(`${file}: not JSON: ${error.message}`);
    process.exit(1);
}

// --- the specification beyond the schema -------------------------------------------------------
// http://www.softwareishard.com/blog/har-12-spec/ : "custom fields and elements MUST start with
// an underscore".
const known = {
    har: ['log'],
    log: ['version', 'creator', 'browser', 'pages', 'entries', 'comment'],
    creator: ['name', 'version', 'comment'],
    page: ['startedDateTime', 'id', 'title', 'pageTimings', 'comment'],
    pageTimings: ['onContentLoad', 'onLoad', 'comment'],
    entry: ['pageref', 'startedDateTime', 'time', 'request', 'response', 'cache', 'timings',
        'serverIPAddress', 'connection', 'comment'],
    request: ['method', 'url', 'httpVersion', 'cookies', 'headers', 'queryString', 'postData',
        'headersSize', 'bodySize', 'comment'],
    response: ['status', 'statusText', 'httpVersion', 'cookies', 'headers', 'content',
        'redirectURL', 'headersSize', 'bodySize', 'comment'],
    cookie: ['name', 'value', 'path', 'domain', 'expires', 'httpOnly', 'secure', 'comment'],
    pair: ['name', 'value', 'comment'],
    postData: ['mimeType', 'params', 'text', 'comment'],
    param: ['name', 'value', 'fileName', 'contentType', 'comment'],
    content: ['size', 'compression', 'mimeType', 'text', 'encoding', 'comment'],
    cache: ['beforeRequest', 'afterRequest', 'comment'],
    cacheEntry: ['expires', 'lastAccess', 'eTag', 'hitCount', 'comment'],
    timings: ['blocked', 'dns', 'connect', 'send', 'wait', 'receive', 'ssl', 'comment'],
};

const problems = [];

function properties(where, object, kind) {
    if (object === null || typeof object !== 'object' || Array.isArray(object)) return;
    for (const key of Object.keys(object)) {
        if (!known[kind].includes(key) && !key.startsWith('_'))
            problems.push(`${where}: "${key}" is not a HAR 1.2 property and does not begin with "_"`);
    }
}

function each(where, list, kind) {
    (Array.isArray(list) ? list : []).forEach((item, i) => properties(`${where}[${i}]`, item, kind));
}

function date(where, text) {
    if (typeof text === 'string' && Number.isNaN(Date.parse(text)))
        problems.push(`${where}: "${text}" is not a date`);
}

function checkEntry(entry, i) {
    const at = `log.entries[${i}]`;
    properties(at, entry, 'entry');
    if (!entry || typeof entry !== 'object') return;
    date(`${at}.startedDateTime`, entry.startedDateTime);
    const request = entry.request ?? {};
    const response = entry.response ?? {};
    properties(`${at}.request`, request, 'request');
    each(`${at}.request.headers`, request.headers, 'pair');
    each(`${at}.request.queryString`, request.queryString, 'pair');
    each(`${at}.request.cookies`, request.cookies, 'cookie');
    if (request.postData) {
        properties(`${at}.request.postData`, request.postData, 'postData');
        each(`${at}.request.postData.params`, request.postData.params, 'param');
    }
    properties(`${at}.response`, response, 'response');
    each(`${at}.response.headers`, response.headers, 'pair');
    each(`${at}.response.cookies`, response.cookies, 'cookie');
    const content = response.content ?? {};
    properties(`${at}.response.content`, content, 'content');
    if (typeof content.text === 'string' && Number.isInteger(content.size)) {
        let size;
        if (content.encoding === 'base64') {
            if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content.text) || content.text.length % 4 !== 0)
                problems.push(`${at}.response.content.text: encoding is base64 but the text is not`);
            size = Buffer.from(content.text, 'base64').length;
        } else if (content.encoding !== undefined) {
            problems.push(`${at}.response.content.encoding: "${content.encoding}" (only base64 is defined)`);
        } else {
            size = Buffer.byteLength(content.text, 'utf8');
        }
        if (size !== undefined && size !== content.size)
            problems.push(`${at}.response.content: size ${content.size} but the text holds ${size} bytes`);
    }
    properties(`${at}.cache`, entry.cache, 'cache');
    if (entry.cache) {
        properties(`${at}.cache.beforeRequest`, entry.cache.beforeRequest, 'cacheEntry');
        properties(`${at}.cache.afterRequest`, entry.cache.afterRequest, 'cacheEntry');
    }
    const timings = entry.timings ?? {};
    properties(`${at}.timings`, timings, 'timings');
    // "time: the sum of all timings available in the timings object (not including -1 values)";
    // ssl is already part of connect.
    const sum = ['blocked', 'dns', 'connect', 'send', 'wait', 'receive']
        .map((k) => timings[k])
        .filter((v) => typeof v === 'number' && v >= 0)
        .reduce((a, b) => a + b, 0);
    if (typeof entry.time === 'number' && Math.abs(sum - entry.time) > 1e-6)
        problems.push(`${at}: time ${entry.time} is not the sum of its timings (${sum})`);
    if (typeof entry.time === 'number' && entry.time < 0)
        problems.push(`${at}: time ${entry.time} is negative`);
}

function checkSpecification(har) {
    properties('(top level)', har, 'har');
    const log = har?.log ?? {};
    properties('log', log, 'log');
    properties('log.creator', log.creator, 'creator');
    if (log.browser) properties('log.browser', log.browser, 'creator');
    if (log.version !== '1.2') problems.push(`log.version: "${log.version}", not "1.2"`);
    (log.pages ?? []).forEach((page, i) => {
        properties(`log.pages[${i}]`, page, 'page');
        properties(`log.pages[${i}].pageTimings`, page?.pageTimings, 'pageTimings');
        date(`log.pages[${i}].startedDateTime`, page?.startedDateTime);
    });
    (Array.isArray(log.entries) ? log.entries : []).forEach(checkEntry);
}

(async () => {
    try {
        await validator.har(har);
    } catch (error) {
        const errors = Array.isArray(error.errors) ? error.errors : [error];
        for (const e of errors) {
            const where = e.instancePath ?? e.dataPath ?? '';
            problems.push(`har-validator: ${where || '(top level)'} ${e.message ?? e}` +
                (e.params ? ` ${JSON.stringify(e.params)}` : ''));
        }
    }
    checkSpecification(har);
    const entries = Array.isArray(har?.log?.entries) ? har.log.entries.length : 0;
    if (problems.length) {
        console.error(problems.join('\n'));
        console.error(`FAIL: ${file}: ${problems.length} problem(s) in ${entries} entries`);
        process.exit(1);
    }
    const version = require(path.join(modules, 'har-validator/package.json')).version;
    console.log(`PASS: ${file}: ${entries} entries are valid HAR 1.2 (har-validator ${version})`);
})();
