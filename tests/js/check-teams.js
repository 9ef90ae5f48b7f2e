#!/usr/bin/env node
// Judges every Microsoft Teams golden body (tests/golden/payloads/ms_teams/**.json) with
// Microsoft's own Adaptive Cards library.
//
//   node tests/js/check-teams.js tests/golden/payloads/ms_teams
//
// For each file: the envelope a Teams Workflows URL accepts, exactly
// {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
// "content":{"type":"AdaptiveCard","$schema":…,"version":"1.4",…}}]}; then the card is parsed
// by `adaptivecards` as version 1.4 (any parse warning or error fails, a property newer than
// 1.4 included), validated
// (`validateProperties().validationEvents` must be empty), and serialised back: what the
// library keeps must be everything the card says, so a misspelt property or an invalid
// enumeration value, which the parser silently drops, fails too. Exit 0 when every file passes.
'use strict';

const fs = require('fs');
const path = require('path');

const modules = path.join(__dirname, 'node_modules');
const library = path.join(modules, 'adaptivecards/dist/adaptivecards.js');
if (!fs.existsSync(library)) {
    console.error(`${library} is missing: run "npm ci --prefix tests/js"`);
    process.exit(1);
}
const AC = require(library);

const root = process.argv[2];
if (!root || !fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    console.error('usage: check-teams.js DIRECTORY-OF-TEAMS-BODIES');
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
    console.error(`no Teams bodies under ${root}`);
    process.exit(1);
}

const sameKeys = (object, keys) =>
    object !== null && typeof object === 'object' && !Array.isArray(object) &&
    JSON.stringify(Object.keys(object).sort()) === JSON.stringify([...keys].sort());

// Key order does not matter; an empty array and a missing one are the same card.
function normalise(value) {
    if (Array.isArray(value)) return value.map(normalise);
    if (value === null || typeof value !== 'object') return value;
    const out = {};
    for (const key of Object.keys(value).sort()) {
        const v = value[key];
        if (Array.isArray(v) && v.length === 0) continue;
        out[key] = normalise(v);
    }
    return out;
}

const eventText = (e) => `${e.message} (event ${e.event}, phase ${e.phase})`;

const problems = [];
for (const file of files) {
    const name = path.relative(root, file);
    let message;
    try {
        message = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
        problems.push(`${name}: not JSON: ${error.message}`);
        continue;
    }

    // The envelope, exactly.
    if (!sameKeys(message, ['type', 'attachments']) || message.type !== 'message' ||
        !Array.isArray(message.attachments) || message.attachments.length !== 1) {
        problems.push(`${name}: not {"type":"message","attachments":[one card]}`);
        continue;
    }
    const attachment = message.attachments[0];
    if (!sameKeys(attachment, ['contentType', 'content']) ||
        attachment.contentType !== 'application/vnd.microsoft.card.adaptive') {
        problems.push(`${name}: the attachment is not {"contentType":"application/vnd.microsoft.card.adaptive","content":…}`);
        continue;
    }
    const content = attachment.content;
    if (content?.type !== 'AdaptiveCard' || content.version !== '1.4' ||
        content.$schema !== 'http://adaptivecards.io/schemas/adaptive-card.json') {
        problems.push(`${name}: content is not an AdaptiveCard 1.4 with the card schema`);
        continue;
    }

    // Microsoft's parser and validator.
    const card = new AC.AdaptiveCard();
    // Read as Adaptive Cards 1.4, what the card declares: newer features are reported.
    const context = new AC.SerializationContext(AC.Versions.v1_4);
    card.parse(content, context);
    for (let i = 0; i < context.eventCount; i++)
        problems.push(`${name}: parse: ${eventText(context.getEventAt(i))}`);
    for (const event of card.validateProperties().validationEvents)
        problems.push(`${name}: validation: ${eventText(event)}`);

    // Whatever the parser dropped or changed was not Adaptive Cards.
    const back = JSON.stringify(normalise(card.toJSON()));
    const given = JSON.stringify(normalise(content));
    if (back !== given)
        problems.push(`${name}: the library does not read the card as written:\n  written: ${given}\n  read:    ${back}`);
}

if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`FAIL: ${files.length} Teams bodies checked, ${problems.length} problem(s)`);
    process.exit(1);
}
const version = require(path.join(modules, 'adaptivecards/package.json')).version;
console.log(`PASS: ${files.length} Teams bodies are valid Adaptive Cards for adaptivecards ${version}`);
