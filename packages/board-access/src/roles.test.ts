import { describe, expect, it } from 'vitest';
import {
  canWrite,
  isLinkKind,
  isRole,
  LinkKind,
  linkKindOfRole,
  Role,
  roleOfLinkKind,
} from './roles.ts';

describe('roles', () => {
  it('only viewers cannot write', () => {
    expect(canWrite(Role.owner)).toBe(true);
    expect(canWrite(Role.editor)).toBe(true);
    expect(canWrite(Role.viewer)).toBe(false);
  });

  it('pair each link with the role its token carries', () => {
    for (const link of Object.values(LinkKind))
      expect(linkKindOfRole(roleOfLinkKind(link))).toBe(link);
    expect(roleOfLinkKind(LinkKind.view)).toBe(Role.viewer);
    expect(linkKindOfRole(Role.owner)).toBeNull();
  });

  it('recognise only their own names', () => {
    expect(['owner', 'editor', 'viewer'].every(isRole)).toBe(true);
    expect([null, 'admin', 'Owner', 1, {}].some(isRole)).toBe(false);
    expect(isLinkKind('edit') && isLinkKind('view')).toBe(true);
    expect(isLinkKind('owner')).toBe(false);
  });
});
