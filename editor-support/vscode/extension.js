// The NNet extension: the grammar, snippets and language configuration are declared in
// package.json; this file starts the language server, `nnet lsp`, for .nnet files.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** The command line that starts the server, from the `nnet.server.command` setting. */
function serverOptions(configuration) {
  const command = configuration.get('server.command') || 'nnet';
  return { command, args: ['lsp'], transport: TransportKind.stdio };
}

function activate(context) {
  const configuration = vscode.workspace.getConfiguration('nnet');
  if (configuration.get('server.enabled') === false) return;
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'nnet' },
      { scheme: 'untitled', language: 'nnet' },
    ],
    outputChannelName: 'NNet language server',
  };
  client = new LanguageClient('nnet', 'NNet language server', serverOptions(configuration), clientOptions);
  client.start().catch((error) => {
    vscode.window.showWarningMessage(
      `NNet: could not start \`${serverOptions(configuration).command} lsp\` (${error.message}). ` +
        'Set `nnet.server.command` to the nnet launcher; highlighting works without it.');
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, serverOptions };
