import { School } from './school';

describe('School emergency switches', () => {
  it('stores only what is off', () => {
    const s = new School('s', 'a', 'Jules Ferry', {});
    expect(s.setSwitches({ messaging: false, blog: true })).toEqual({ messaging: false });
    expect(s.switches).toEqual({ messaging: false });
    expect(s.setSwitches({ messaging: true })).toEqual({ messaging: true });
    expect(s.switches).toEqual({});
  });
});
