import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { boundsAround, frameFor, REGION, within } from '../../src/map/frame.ts';

const PYONGYANG = [125.753, 39.021] as const;
const BEIJING = [116.386, 39.931] as const;
const HARBIN = [126.648, 45.752] as const;
const SHANGHAI = [121.435, 31.218] as const;

describe('the projection a map is drawn with', () => {
  const frame = frameFor(REGION, 640);

  it('keeps north up and east to the right', () => {
    const [bx, by] = frame.project(...BEIJING);
    const [px] = frame.project(...PYONGYANG);
    const [, hy] = frame.project(...HARBIN);
    const [, sy] = frame.project(...SHANGHAI);
    assert.ok(px > bx, 'Pyongyang lies east of Beijing');
    assert.ok(hy < by && by < sy, 'Harbin above Beijing above Shanghai');
  });

  it('fits the whole area to the width, every point of it inside the map', () => {
    assert.equal(frame.width, 640);
    assert.ok(frame.height > 400 && frame.height < 800, `height ${frame.height}`);
    fc.assert(
      fc.property(
        fc.double({ min: REGION.west, max: REGION.east, noNaN: true }),
        fc.double({ min: REGION.south, max: REGION.north, noNaN: true }),
        (lon, lat) => {
          const [x, y] = frame.project(lon, lat);
          return x >= -0.1 && x <= 640.1 && y >= -0.1 && y <= frame.height + 0.1;
        },
      ),
    );
  });

  it('draws the same point at the same place on every build', () => {
    assert.deepEqual(frameFor(REGION, 640).project(...PYONGYANG), frame.project(...PYONGYANG));
  });

  it('says which places the timeline map holds', () => {
    assert.ok(within(REGION, ...PYONGYANG));
    assert.ok(!within(REGION, 113.323, 23.147), 'Guangzhou lies beyond it');
  });
});

describe("the area a route's map shows", () => {
  it('holds every stop with a margin', () => {
    const bounds = boundsAround([BEIJING, PYONGYANG, HARBIN], { margin: 1.5, minSpan: 7 });
    const close = 1e-9;
    assert.ok(bounds.west <= BEIJING[0] - 1.5 + close && bounds.east >= PYONGYANG[0] + 1.5 - close);
    assert.ok(bounds.south <= PYONGYANG[1] - 1.5 + close && bounds.north >= HARBIN[1] + 1.5 - close);
  });

  it('widens around a single place, so a city shows its coast and borders', () => {
    const bounds = boundsAround([PYONGYANG], { margin: 1.5, minSpan: 7 });
    assert.ok(Math.abs(bounds.east - bounds.west - 7) < 1e-9);
    assert.ok(Math.abs(bounds.north - bounds.south - 7) < 1e-9);
    assert.ok(within(bounds, ...PYONGYANG));
  });
});
