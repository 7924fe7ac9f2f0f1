import { describe, expect, it } from 'vitest';
import { accessOfGroups, type GroupRules } from './user-access.js';

const RULES: GroupRules = {
  adminGroup: 'vigil-admins',
  teams: [
    { group: 'shop-devs', team: 'shop' },
    { group: 'pay-devs', team: 'pay' },
  ],
};

describe('accessOfGroups: what groups give a person', () => {
  it.each<[string, string[], ReturnType<typeof accessOfGroups>]>([
    ['a mapped group: its team', ['staff', 'pay-devs'], { team: 'pay', admin: false }],
    [
      'several: the first rule wins, not the first group',
      ['pay-devs', 'shop-devs'],
      { team: 'shop', admin: false },
    ],
    ['the admin group alone: admins', ['vigil-admins'], { team: 'admins', admin: true }],
    ['admin and a team: both', ['shop-devs', 'vigil-admins'], { team: 'shop', admin: true }],
    ['no mapped group: nothing (refused at login)', ['staff'], undefined],
    ['no groups at all', [], undefined],
    ['names are exact: case counts', ['Shop-Devs', 'VIGIL-ADMINS'], undefined],
  ])('%s', (_what, groups, expected) => {
    expect(accessOfGroups(groups, RULES)).toEqual(expected);
  });

  it('without an admin group nobody is admin', () => {
    expect(accessOfGroups(['vigil-admins', 'shop-devs'], { teams: RULES.teams })).toEqual({
      team: 'shop',
      admin: false,
    });
  });
});
