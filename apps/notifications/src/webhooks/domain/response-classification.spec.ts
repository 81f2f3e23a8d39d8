import { classifyResponse, type ResponseClass } from './response-classification';

describe(classifyResponse.name, () => {
  const table: Array<[number, ResponseClass]> = [
    [200, 'delivered'],
    [201, 'delivered'],
    [202, 'delivered'],
    [204, 'delivered'],
    [299, 'delivered'],
    [301, 'redirect'],
    [302, 'redirect'],
    [307, 'redirect'],
    [308, 'redirect'],
    [400, 'reject'],
    [401, 'reject'],
    [403, 'reject'],
    [404, 'reject'],
    [405, 'reject'],
    [408, 'retry'],
    [409, 'reject'],
    [410, 'gone'],
    [413, 'reject'],
    [422, 'reject'],
    [429, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [504, 'retry'],
    [599, 'retry'],
    [100, 'reject'],
  ];

  it.each(table)('%i → %s', (status, expected) => {
    expect(classifyResponse(status)).toBe(expected);
  });
});
