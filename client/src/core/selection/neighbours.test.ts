import { neighbourInDirection } from './neighbours';

describe('moving between neighbours with the arrow keys', () => {
  const here = { id: 'here', x: 0, y: 0 };
  const around = [
    { id: 'east', x: 100, y: 5 },
    { id: 'far-east', x: 300, y: 0 },
    { id: 'north', x: 0, y: -80 },
    { id: 'south-west', x: -60, y: 70 },
  ];

  it('goes to the nearest neighbour that lies that way', () => {
    expect(neighbourInDirection(here, around, 'right')).toBe('east');
    expect(neighbourInDirection(here, around, 'up')).toBe('north');
  });

  it('falls back to the neighbour lying most that way when none is in the cone', () => {
    expect(neighbourInDirection(here, around, 'left')).toBe('south-west');
    expect(neighbourInDirection(here, [{ id: 'north', x: 0, y: -80 }], 'down')).toBe('north');
  });

  it('has nowhere to go without neighbours', () => {
    expect(neighbourInDirection(here, [here], 'left')).toBeNull();
  });
});
