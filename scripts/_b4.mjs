import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { shippedTarget } from '@civic-elements/tooling/browser-support.mjs';
const r = await build({ stdin:{contents:process.argv[2]??"import '@civic-elements/font-size-toggle';import '@civic-elements/article-header';import '@civic-elements/column-nav';import '@civic-elements/sponsor-footer';", resolveDir:process.cwd()}, bundle:true, format:'esm', minify:true, target:shippedTarget, legalComments:'none', write:false});
const t=r.outputFiles[0].contents; console.log(t.length, gzipSync(t,{level:9}).length);
import {writeFileSync} from 'node:fs'; writeFileSync('/tmp/b4.js', t);
