// The extension's client, outside VS Code: `vscode` is replaced by a stand-in, and the test checks
// that activating the extension starts `nnet lsp` over stdio for .nnet documents.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const Module = require('node:module');

const settings = {};
const started = [];
const vscode = {
  workspace: { getConfiguration: () => ({ get: (key) => settings[key] }) },
  window: { showWarningMessage: () => undefined },
};
class FakeClient {
  constructor(id, name, serverOptions, clientOptions) {
    started.push({ id, name, serverOptions, clientOptions });
  }
  start() { return Promise.resolve(); }
  stop() { return Promise.resolve(); }
}

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  if (request === 'vscode-languageclient/node') {
    return { LanguageClient: FakeClient, TransportKind: { stdio: 0 } };
  }
  return load.call(this, request, parent, isMain);
};

const extension = require('../extension.js');

test('activating starts `nnet lsp` over stdio for .nnet documents', () => {
  started.length = 0;
  const context = { subscriptions: [] };
  extension.activate(context);
  assert.strictEqual(started.length, 1);
  assert.deepStrictEqual(started[0].serverOptions, { command: 'nnet', args: ['lsp'], transport: 0 });
  assert.deepStrictEqual(started[0].clientOptions.documentSelector.map((s) => s.language), ['nnet', 'nnet']);
  assert.strictEqual(context.subscriptions.length, 1);
});

test('the nnet.server.command setting chooses the launcher', () => {
  started.length = 0;
  settings['server.command'] = '/opt/nnet/nnet';
  extension.activate({ subscriptions: [] });
  assert.strictEqual(started[0].serverOptions.command, '/opt/nnet/nnet');
  delete settings['server.command'];
});

test('no server when nnet.server.enabled is false', () => {
  started.length = 0;
  settings['server.enabled'] = false;
  extension.activate({ subscriptions: [] });
  assert.strictEqual(started.length, 0);
  delete settings['server.enabled'];
});

test('the real language client module is installed and has what the extension uses', () => {
  // It needs VS Code itself to load, so it is read, not run.
  const file = require.resolve('vscode-languageclient/lib/node/main.js');
  const text = require('node:fs').readFileSync(file, 'utf8');
  assert.match(text, /LanguageClient/);
  assert.match(text, /TransportKind/);
});
