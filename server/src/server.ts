import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import { DEFAULT_KPI_CACHE_ENTRIES, type AppConfig } from './config';
import type { Database } from './database/database';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/sessions';
import { sessionMiddleware } from './auth/http-auth';
import { createContext, type HubContext } from './graphql/context';
import { databaseUnavailablePlugin } from './graphql/database-unavailable.plugin';
import { hubErrorFormatter } from './graphql/format-error';
import { introspectionForSignedIn } from './graphql/introspection-guard';
import { queryLimits } from './graphql/query-limits';
import { offlineLandingPage } from './graphql/landing-page';
import { buildHubSchema } from './graphql/schema';
import { apiFallbackRouter } from './web/api-fallback.route';
import { auditExportRouter } from './web/audit-export.route';
import { databaseErrorHandler, databaseGate } from './web/database-unavailable';
import { errorAnswers } from './web/error-answers';
import { chaseNoticeRouter } from './web/chase-notice.route';
import { evidenceExportRouter } from './web/evidence-export.route';
import { refuseBatchedOperations } from './web/graphql-guards';
import { requireDashboardClient } from './web/same-origin';
import { healthRouter } from './web/health.route';
import { importUploadRouter } from './web/import-upload.route';
import { reportFileRouter } from './web/report-file.route';
import { templateRouter } from './web/template.route';
import { FigureCache } from './metrics/figure-cache';

export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../../dashboard/dist', import.meta.url));

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>双随机、一公开监管数据中心</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6">
<h1>双随机、一公开监管数据中心</h1>
<p>驾驶舱页面尚未构建：运行 <code>npm run build:dashboard</code> 后重新启动服务。</p>
<p>数据接口已可使用：<a href="/graphql">/graphql</a>（GraphQL）。</p>
</body></html>`;

export interface ServerOptions {
  /** Without `publicUrl` (tests) links start with the address the server listens on. */
  config: Pick<AppConfig, 'port' | 'host'> & Partial<Pick<AppConfig, 'publicUrl' | 'kpiCacheEntries'>>;
  db: Database;
  /** The built dashboard; tests point it elsewhere. */
  dashboardDir?: string;
  sessionPolicy?: SessionPolicy;
}

export interface RunningServer {
  url: string;
  /** Stops accepting requests and waits for those in flight; the database stays open. */
  close(): Promise<void>;
}

export interface HubServer {
  app: express.Express;
  /** `dashboardBuilt` tells whether `/` serves the dashboard or the "not built" page. */
  dashboardBuilt: boolean;
  listen(): Promise<RunningServer>;
}

function mountDashboard(app: express.Express, dir: string): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req, res) => {
      res.type('html').send(NOT_BUILT_PAGE);
    });
    return false;
  }
  app.use(express.static(dir));
  // The dashboard routes in the browser: any page path gets index.html, a missing asset still gets 404.
  app.get('/{*path}', (req, res, next) => {
    if (req.path.startsWith('/graphql') || req.path.startsWith('/api/') || path.extname(req.path) !== '') return next();
    res.sendFile(index);
  });
  return true;
}

/** Builds the HTTP application; nothing listens until `listen()`. Async because Apollo must start first. */
export async function createServer({
  config, db, dashboardDir = DEFAULT_DASHBOARD_DIR, sessionPolicy = DEFAULT_SESSION_POLICY,
}: ServerOptions): Promise<HubServer> {
  const app = express();
  const httpServer = http.createServer(app);
  let publicUrl = config.publicUrl ?? '';
  const limits = queryLimits();
  const figures = new FigureCache(config.kpiCacheEntries ?? DEFAULT_KPI_CACHE_ENTRIES);
  const apollo = new ApolloServer<HubContext>({
    schema: await buildHubSchema(),
    introspection: true,
    // The process entry owns shutdown; Apollo would otherwise stop itself and re-raise the signal.
    stopOnTerminationSignals: false,
    // Users read the Chinese message; stack traces belong in the server's log, not in answers.
    includeStacktraceInErrorResponses: false,
    formatError: hubErrorFormatter(db.statementTimeoutMs),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Stated although they are Apollo 5's defaults: tests/graphql/abuse.test.ts holds both.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), offlineLandingPage(), introspectionForSignedIn(), ...limits.plugins,
      databaseUnavailablePlugin(db.availability)],
  });
  await apollo.start();
  // Compressed answers: the dashboard's script shrinks from ~690 kB to ~240 kB on the wire.
  app.use(compression());
  app.use(healthRouter(db, config));
  // Before the session lookup: while the database is away, a 503 at once rather than a failed lookup.
  app.use(databaseGate(db.availability));
  // Who is asking, resolved once per request; each field and route then declares who may pass.
  const sessions = sessionMiddleware(db.pool, sessionPolicy);
  app.use('/graphql', sessions, express.json({ limit: '5mb' }), refuseBatchedOperations(), expressMiddleware(apollo, {
    context: async ({ req, res }) => createContext(db, sessionPolicy, req, res, publicUrl, figures),
  }));
  app.use('/api', sessions, requireDashboardClient(() => publicUrl));
  app.use(importUploadRouter(db.importPool));
  app.use(templateRouter());
  app.use(evidenceExportRouter(db));
  app.use(reportFileRouter(db, () => publicUrl));
  app.use(auditExportRouter(db.pool));
  app.use(chaseNoticeRouter(db));
  app.use(apiFallbackRouter());
  const dashboardBuilt = mountDashboard(app, dashboardDir);
  app.use(databaseErrorHandler(db.availability));
  app.use(errorAnswers());

  return {
    app,
    dashboardBuilt,
    listen() {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          httpServer.off('error', reject);
          const { port } = httpServer.address() as AddressInfo;
          const host = config.host.includes(':') ? `[${config.host}]` : config.host;
          publicUrl ||= `http://${host}:${port}`;
          // The drain plugin closes the HTTP server when Apollo stops.
          resolve({ url: `http://${host}:${port}`, close: () => apollo.stop() });
        });
      });
    },
  };
}
