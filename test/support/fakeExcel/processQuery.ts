/**
 * The host side of the RichApi ProcessQuery protocol the real Office.js client speaks (wire format: the Protocol
 * table of docs/excel-host-behaviour.md): resolve object paths, run actions in order, answer
 * `{Results, Error?}`. Excel does not roll a batch back: actions before a failing one stay applied.
 */
import { HostError, apiNotFound, itemNotFound } from './hostError';
import { MEMBER_API_SETS, SET_WIRE_NAMES, jsName, versionAtLeast } from './apiSets';
import type { Handle, TypeDef, TypeTable } from './objectTypes';

interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ObjectPath['ArgumentInfo'];
  QueryInfo?: { Select?: string[] };
}

export interface RequestBody {
  Actions?: Action[];
  ObjectPaths?: Record<string, ObjectPath>;
}

export interface ResponseBody {
  Results: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex: number; Location: string };
}

export interface Protocol {
  types: TypeTable;
  /** The ExcelApi version the host claims; members above it answer ApiNotFound. */
  excelApi: string;
  refs: Map<string, Handle>;
  newRefId: () => string;
}

const isHandle = (x: unknown): x is Handle =>
  typeof x === 'object' && x !== null && typeof (x as Handle).t === 'string';

export function processQuery(p: Protocol, body: RequestBody): ResponseBody {
  const paths = body.ObjectPaths ?? {};
  const cache = new Map<number, Handle | null>();
  const typeOf = (h: Handle): TypeDef => {
    const type = p.types[h.t];
    if (!type) throw apiNotFound(h.t, 'type not modelled by the fake');
    return type;
  };
  /** Every member must be in MEMBER_API_SETS and within the claimed set. */
  const gate = (h: Handle, wire: string): void => {
    if (wire.startsWith('_')) return;
    const member = `${h.t}.${jsName(wire)}`;
    const need = MEMBER_API_SETS[member];
    if (!need) throw apiNotFound(member, 'not modelled by the fake');
    if (!versionAtLeast(p.excelApi, need))
      throw apiNotFound(member, `needs ExcelApi ${need}, host has ${p.excelApi}`);
  };
  const args = (info: ObjectPath['ArgumentInfo']): unknown[] =>
    (info?.Arguments ?? []).map((a, i) => {
      const ref = info?.ReferencedObjectPathIds?.[i];
      return ref ? resolve(ref) : a;
    });
  const call = (h: Handle, wire: string, a: unknown[]): unknown => {
    gate(h, wire);
    const f = typeOf(h).methods?.[wire];
    if (!f) throw apiNotFound(`${h.t}.${wire}`, 'method not modelled by the fake');
    return f(h, a);
  };
  const parentOf = (path: ObjectPath): Handle => {
    const parent = resolve(path.ParentObjectPathId ?? 0);
    if (parent === null) throw itemNotFound('a member of a null object');
    return parent;
  };
  function resolve(id: number): Handle | null {
    const hit = cache.get(id);
    if (hit !== undefined) return hit;
    const path = paths[id];
    if (!path) throw new HostError('InvalidObjectPath', `Unknown object path ${id}`);
    let h: Handle | null;
    switch (path.ObjectPathType) {
      case 1:
        h = { t: 'Workbook' };
        break;
      case 2:
        h = { t: `NewObject:${path.Name}` };
        break; // the runtime's own services
      case 3: {
        const r = call(parentOf(path), path.Name, args(path.ArgumentInfo));
        h = isHandle(r) ? r : null;
        break;
      }
      case 4: {
        const parent = parentOf(path);
        gate(parent, path.Name);
        const nav = typeOf(parent).nav?.[path.Name];
        if (!nav) throw apiNotFound(`${parent.t}.${path.Name}`, 'navigation not modelled');
        h = { ...nav(parent), refId: undefined }; // a navigated object is not the parent's kept reference
        break;
      }
      case 5: {
        const parent = parentOf(path);
        gate(parent, 'GetItem');
        const item = typeOf(parent).item;
        if (!item) throw apiNotFound(`${parent.t}[]`, 'not a collection');
        h = item(parent, args(path.ArgumentInfo)[0]);
        break;
      }
      case 6:
        h = p.refs.get(path.Name) ?? null;
        if (!h) throw new HostError('InvalidObjectPath', 'Reference id not found');
        break;
      case 7:
        h = null;
        break;
      default:
        throw new HostError('NotImplemented', `ObjectPathType ${path.ObjectPathType}`);
    }
    cache.set(id, h);
    return h;
  }
  const query = (h: Handle | null, select: string[] | undefined): unknown => {
    if (h === null) return null;
    const type = typeOf(h);
    if (type.items) {
      // `items` has no set of its own: the collection was reached through a gated member.
      return { _Items: type.items(h).map((item) => query(item, select)) };
    }
    const out: Record<string, unknown> = {};
    if (type.id) out._Id = type.id(h);
    if (h.refId) out._ReferenceId = h.refId;
    for (const name of select?.length ? select : Object.keys(type.props ?? {})) {
      const [head = '', ...rest] = name.split('/');
      const wire = head[0]?.toUpperCase() + head.slice(1);
      gate(h, wire);
      const prop = type.props?.[wire];
      const nav = type.nav?.[wire];
      if (prop?.get) out[wire] = prop.get(h);
      else if (nav)
        out[wire] = Object.assign(
          (out[wire] as object) ?? {},
          query(nav(h), rest.length ? [rest.join('/')] : undefined),
        );
      else throw apiNotFound(`${h.t}.${wire}`, 'property not modelled by the fake');
    }
    return out;
  };

  const results: ResponseBody['Results'] = [];
  const actions = body.Actions ?? [];
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i] as Action;
    try {
      const h = resolve(a.ObjectPathId);
      if (h?.t.startsWith('NewObject:')) {
        results.push({ ActionId: a.Id, Value: null });
        continue;
      }
      switch (a.ActionType) {
        case 1: // instantiate: the object's id or reference id, or null for a null object
          if (h === null) results.push({ ActionId: a.Id, Value: null });
          else if (h.refId) results.push({ ActionId: a.Id, Value: { _ReferenceId: h.refId } });
          else if (typeOf(h).id) results.push({ ActionId: a.Id, Value: { _Id: typeOf(h).id?.(h) } });
          break;
        case 2:
          results.push({ ActionId: a.Id, Value: query(h, a.QueryInfo?.Select) });
          break;
        case 3: {
          // The client keeps a reference to every tracked range, also one that came back as a null object.
          if (h === null && a.Name === '_KeepReference') break;
          if (h === null) throw itemNotFound(`${a.Name} on a null object`);
          if (a.Name === '_KeepReference') {
            h.refId ??= p.newRefId();
            p.refs.set(h.refId, h);
            break;
          }
          if (a.Name === '_RemoveReference') {
            p.refs.delete(String(a.ArgumentInfo?.Arguments?.[0]));
            break;
          }
          const r = call(h, a.Name, args(a.ArgumentInfo));
          if (r !== undefined && !isHandle(r)) results.push({ ActionId: a.Id, Value: r });
          break;
        }
        case 4: {
          if (h === null) throw itemNotFound(`setting ${a.Name} on a null object`);
          const name = SET_WIRE_NAMES[`${h.t}.${a.Name}`] ?? a.Name;
          gate(h, name);
          const set = typeOf(h).props?.[name]?.set;
          if (!set) throw apiNotFound(`${h.t}.${name}`, 'not settable in the fake');
          set(h, args(a.ArgumentInfo)[0]);
          break;
        }
        case 5:
          results.push({ ActionId: a.Id, Value: null });
          break;
        default:
          throw new HostError('NotImplemented', `ActionType ${a.ActionType}`);
      }
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      return {
        Results: results,
        Error: {
          Code: e.code,
          Message: e.message,
          HttpStatusCode: e.httpStatus,
          ActionIndex: i,
          Location: '',
        },
      };
    }
  }
  return { Results: results };
}
