import { distanceKm } from './distance';
import { DUPLICATE_RADIUS_KM, findDuplicate } from './duplicate-city';

const munich = { id: 'gn:2867714', name: 'Munich', latitude: 48.13743, longitude: 11.57549 };

describe(findDuplicate.name, () => {
  it('measures great-circle distances', () => {
    const berlin = { latitude: 52.52437, longitude: 13.41053 };
    expect(distanceKm(munich, berlin)).toBeGreaterThan(500);
    expect(distanceKm(munich, berlin)).toBeLessThan(510);
    expect(distanceKm(munich, munich)).toBe(0);
    // Across the antimeridian: two points 0.2° of longitude apart at the equator.
    expect(distanceKm({ latitude: 0, longitude: 179.9 }, { latitude: 0, longitude: -179.9 })).toBeCloseTo(22.2, 0);
  });

  it('finds the nearest candidate within the radius', () => {
    const near = { ...munich, id: 'gn:1', latitude: munich.latitude + 0.05 };
    expect(findDuplicate({ latitude: 48.14, longitude: 11.58 }, [near, munich])).toEqual({ city: munich, distanceKm: expect.any(Number) });
  });

  it(`ignores candidates farther than ${DUPLICATE_RADIUS_KM} km`, () => {
    const far = { ...munich, latitude: munich.latitude + 0.1 }; // ~11 km north
    expect(findDuplicate({ latitude: munich.latitude, longitude: munich.longitude }, [far])).toBeUndefined();
    expect(findDuplicate(munich, [])).toBeUndefined();
  });
});
