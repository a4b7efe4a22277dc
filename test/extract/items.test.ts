// The 三公 items by row label or column header, as templates word them.
import { THREE_PUBLIC_ITEMS } from '../../src/catalogue/index.js';
import { matchItem } from '../../src/extract/items.js';

const item = (label: string) => matchItem(THREE_PUBLIC_ITEMS, label);

test('the vehicles\' total under every wording that names both its parts, before either part', () => {
  expect(item('公务用车购置及运行费')).toBe('vehicle_total');
  expect(item('公务用车购置及运行维护费')).toBe('vehicle_total');
  expect(item('2、公务用车购置和运行维护费')).toBe('vehicle_total');
  // other provinces' wordings: 与, 、, the short 公车 and 运维
  expect(item('公务用车购置与运行费')).toBe('vehicle_total');
  expect(item('公务用车购置、运行维护费')).toBe('vehicle_total');
  expect(item('公车购置及运维费')).toBe('vehicle_total');
  expect(item('（1）公务用车购置费')).toBe('vehicle_purchase');
  expect(item('（2）公务用车运行维护费')).toBe('vehicle_operation');
  expect(item('公务接待费')).toBe('reception');
  expect(item('因公出国（境）费用')).toBe('overseas_travel');
});

test('labels cut by their cells still name their item (西安 2019 表13 p. 32: 因公出国（, 公务用车运行维护)', () => {
  expect(item('因公出国（')).toBe('overseas_travel');
  expect(item('公务用车运行维护')).toBe('vehicle_operation');
  // the parts' names keep their own items
  expect(item('科研人员因公出国（境）费')).toBe('overseas_travel_research');
  expect(item('公务用车购置及运行维护')).toBe('vehicle_total');
});
