// Administrative division codes (data/divisions/, NBS codes via modood/Administrative-divisions-of-China).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';

export interface Division {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}

interface Divisions {
  areas: Map<string, Division>;
  cityNames: Map<string, string>;
  provinceNames: Map<string, string>;
}

let cache: Divisions | null = null;

function rows(file: string): string[][] {
  const text = readFileSync(join(packageRoot(), 'data', 'divisions', file), 'utf8');
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(',').map((f) => f.replace(/^"|"$/g, '')));
}

export function divisions(): Divisions {
  if (cache) return cache;
  const areas = new Map(rows('areas.csv').map(([code, name, cityCode, provinceCode]) => [code!, { code: code!, name: name!, cityCode: cityCode!, provinceCode: provinceCode! }]));
  const cityNames = new Map(rows('cities.csv').map(([code, name]) => [code!, name!]));
  const provinceNames = new Map(rows('provinces.csv').map(([code, name]) => [code!, name!]));
  return (cache = { areas, cityNames, provinceNames });
}

/** The county-level division a 6-digit code names, or null when it is not a real code. */
export function areaByCode(code: string): Division | null {
  return divisions().areas.get(code) ?? null;
}

const SUFFIX = /(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/;
const short = (name: string | undefined) => (name ?? '').replace(SUFFIX, '');

/**
 * The county-level division named in a department name ("上海市普陀区司法局",
 * "青龙满族自治县机关事务服务中心"). Names repeat across provinces (普陀区: Shanghai and
 * Zhoushan), so a name counts only when it is unique or the province/city printed before it
 * decides.
 */
function areaByName(text: string): Division | null {
  const { areas, cityNames, provinceNames } = divisions();
  const hits = [...areas.values()].filter((a) => a.name.length >= 2 && a.name !== '市辖区' && text.includes(a.name));
  if (hits.length === 0) return null;
  // The earliest, then the longest name ("青龙满族自治县" over a shorter name inside it).
  const at = (a: Division) => text.indexOf(a.name);
  const first = Math.min(...hits.map(at));
  const earliest = hits.filter((a) => at(a) === first);
  const longest = Math.max(...earliest.map((a) => a.name.length));
  const named = earliest.filter((a) => a.name.length === longest);
  if (named.length === 1) return named[0]!;
  const before = text.slice(0, first);
  const decided = named.filter((a) => {
    const p = short(provinceNames.get(a.provinceCode));
    const c = short(cityNames.get(a.cityCode));
    return (p !== '' && before.includes(p)) || (c !== '' && c !== '市辖区' && before.includes(c));
  });
  return decided.length === 1 ? decided[0]! : null;
}

/**
 * The 6-digit division code of the region a department name names: its county, else its
 * city (xxxx00), else its province (xx0000) — a provincial department (江苏省人民检察院)
 * belongs to its province.
 */
export function regionCodeByName(name: string): string | null {
  // Party organs print 中共 before the region: 中共江苏省委办公厅.
  const text = name.replace(/^(中共|中国共产党)/, '');
  const area = areaByName(text);
  if (area) return area.code;
  const { cityNames, provinceNames } = divisions();
  // a district or county of that name is not the city (朝阳区 is no part of 朝阳市, 海南区 of 海南省)
  const startsWith = (name: string) => name.length >= 2 && text.startsWith(short(name)) && !/^[区县旗]/.test(text.slice(short(name).length));
  const city = [...cityNames].find(([, name]) => name !== '市辖区' && startsWith(name));
  if (city) return `${city[0]}00`;
  const province = [...provinceNames].find(([, name]) => startsWith(name));
  return province ? `${province[0]}0000` : null;
}
