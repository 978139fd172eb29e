// Citation.js requires node-fetch 3, an ES module, from CommonJS: Node 20 loads that, Jest's module loader cannot.
// Node's own fetch stands in under Jest; nothing in the tests fetches.
module.exports = { __esModule: true, default: globalThis.fetch, Headers: globalThis.Headers, Request: globalThis.Request, Response: globalThis.Response };
