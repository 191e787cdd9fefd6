import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry="import '@civic-elements/font-size-toggle';import '@civic-elements/article-header';import '@civic-elements/column-nav';import '@civic-elements/sponsor-footer';";
for (const [name, opts] of [['chrome86',{target:['chrome86','firefox115','safari15']}],['chrome86+oc',{target:['chrome86','firefox115','safari15'],supported:{'optional-chain':true}}],['chrome91',{target:['chrome91','firefox115','safari15']}],['es2022',{target:'es2022'}]]) {
const r = await build({ stdin:{contents:entry, resolveDir:process.cwd()}, bundle:true, format:'esm', minify:true, legalComments:'none', write:false, ...opts});
const t=r.outputFiles[0].contents; console.log(name, t.length, gzipSync(t,{level:9}).length);
}
