import type { ApolloServerPlugin } from '@apollo/server';

// Apollo's default landing page loads the Sandbox from a CDN, which these networks cannot reach;
// this page works offline and tells a visitor how to talk to the endpoint.
const PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>GraphQL 接口 · 双随机、一公开监管数据中心</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem;line-height:1.6}
pre{background:#f4f4f5;padding:1rem;overflow:auto}</style></head>
<body>
<h1>双随机、一公开监管数据中心 · GraphQL 接口</h1>
<p>本地址接收 GraphQL 查询：以 POST 方式发送 JSON（<code>Content-Type: application/json</code>），例如：</p>
<pre>curl -s -X POST -H 'Content-Type: application/json' \\
  -d '{"query":"{ departments(first: 5) { totalCount nodes { code name } } }"}' \\
  http://HOST/graphql</pre>
<p>接口的完整结构见仓库根目录的 <code>schema.graphql</code>，也可用内省查询获取；GraphQL 客户端（如 Altair、Insomnia）可直接连接本地址。</p>
<p><a href="/">返回驾驶舱</a></p>
</body>
</html>`;

export function offlineLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: PAGE };
        },
      };
    },
  };
}
