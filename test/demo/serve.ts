/**
 * Runs the demo server until Ctrl-C, printing how to point Chromium at it.
 * Usage: npx tsx test/demo/serve.ts [--port 8443]
 */
import { startDemoServer } from './server';
import { demoAccounts, demoToday, DEMO_TICKETS } from '../fixtures/demo/accounts';
import { hubspotCompanyPath } from '../fixtures/demo/render-hubspot';
import { salesforceAccountPath } from '../fixtures/demo/render-salesforce';

function portArgument(argv: string[]): number {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--port='))?.slice('--port='.length);
  if (raw === undefined) return 8443;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${raw}`);
  return port;
}

const server = await startDemoServer({ port: portArgument(process.argv.slice(2)) });
const account = demoAccounts(demoToday())[2]!;

console.log(`Demo server listening on https://127.0.0.1:${server.port} (self-signed certificate)`);
console.log('');
console.log('Start Chromium with:');
console.log(`  --host-resolver-rules="${server.hostResolverRules}" --ignore-certificate-errors`);
console.log('');
console.log('Then open, for example:');
console.log(`  ${server.origin('acme.lightning.force.com')}${salesforceAccountPath(account)}`);
console.log(`  ${server.origin('app.hubspot.com')}${hubspotCompanyPath(account)}`);
console.log(`  ${server.origin('acme.zendesk.com')}/agent/tickets/${DEMO_TICKETS[0]!.id}`);
console.log(`  ${server.origin('acme.zendesk.com')}/agent/filters/1000`);
console.log('');
console.log(`Without a browser: curl -k --resolve acme.zendesk.com:${server.port}:127.0.0.1 https://acme.zendesk.com:${server.port}/agent/filters/1`);
console.log('Ctrl-C to stop.');

const stop = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
