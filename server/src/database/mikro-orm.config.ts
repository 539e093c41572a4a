import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from '../store/entities';
import { MIGRATIONS } from '../../../migrations';

/** MikroORM settings for a given server; also the CLI's config (migration:create) through the default export. */
export function ormConfig(clientUrl: string) {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, path: 'migrations', pathTs: 'migrations', transactional: true, allOrNothing: true, silent: true, snapshot: false },
    // The schema is the migrations' alone: never let the ORM create or alter tables.
    schemaGenerator: { disableForeignKeys: false },
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    allowGlobalContext: false,
    debug: false,
  });
}

export default ormConfig(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
