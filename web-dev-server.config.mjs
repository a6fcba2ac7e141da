// `npm start`: serves the demo, which loads the built standalone bundle.
const port = Number(process.env.PORT ?? 8000);

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  nodeResolve: true,
  appIndex: 'demo/index.html',
  open: false,
  watch: false,
  // The first URL the server prints is its root: that opens the demo too.
  middleware: [
    function rootToDemo(context, next) {
      if (context.path === '/' || context.path === '/index.html') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        console.log(`\n  The Sahel timeline demo is at http://localhost:${port}/demo/\n`);
      },
    },
  ],
};
