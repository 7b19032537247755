import { benchEngine } from '/work/main/bench/engine';
void benchEngine([[10000, 5], [100000, 3]]).then((r) => console.log(JSON.stringify(r.map((x) => ({ n: (x as any).indicators, total: (x as any).totalMs ?? x })), null, 0)));
