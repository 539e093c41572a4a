import { mkdirSync } from 'node:fs';
import { writeRegistrySet, writeResultSet } from '../scripts/bench/import-data';
mkdirSync('/tmp/import13-data/results', { recursive: true });
mkdirSync('/tmp/import13-data/registry', { recursive: true });
await writeResultSet('/tmp/import13-data/results');
console.log(await writeRegistrySet('/tmp/import13-data/registry'));
