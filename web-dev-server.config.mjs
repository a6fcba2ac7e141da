// `npm start`: serves the docs site that `npm run docs` wrote to site/ (the same static files
// a host would serve): the home page, with the Sahel timeline, is the root; the Sahel story
// (the demo) is /demo/.
const port = Number(process.env.PORT ?? 8000);

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  rootDir: 'site',
  port,
  hostname: 'localhost',
  open: false,
  watch: false,
  plugins: [
    {
      name: 'print-site-url',
      serverStart() {
        console.log(`\n  The sahel-timeline docs are at http://localhost:${port}/ (the Sahel story: http://localhost:${port}/demo/)\n`);
      },
    },
  ],
};
