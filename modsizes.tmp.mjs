import fs from 'node:fs';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import zlib from 'node:zlib';
const files = process.argv.slice(2);
for (const f of files) {
  const code = fs.readFileSync(f, 'utf8');
  const map = new TraceMap(JSON.parse(fs.readFileSync(f + '.map', 'utf8')));
  const lines = code.split('\n');
  const offs = []; let o = 0; for (const l of lines) { offs.push(o); o += l.length + 1; }
  const ms = []; eachMapping(map, (m) => ms.push(m));
  ms.sort((a,b)=> a.generatedLine-b.generatedLine || a.generatedColumn-b.generatedColumn);
  const per = {};
  for (let i=0;i<ms.length;i++){ const m=ms[i]; const start=offs[m.generatedLine-1]+m.generatedColumn; const n=ms[i+1]; const end = n? offs[n.generatedLine-1]+n.generatedColumn : code.length; const k=m.source||'?'; per[k]=(per[k]||'')+code.slice(start,end); }
  console.log('==', f, code.length, zlib.gzipSync(code).length);
  for (const [k,v] of Object.entries(per).sort((a,b)=>b[1].length-a[1].length)) console.log('  ', v.length, zlib.gzipSync(v).length, k.replace(/.*\/werkmap\//,'').replace(/.*node_modules\//,'nm/'));
}
