import { describe, expect, it } from "vitest";
import type { AttioRecord } from "../../../api/types";
import { person } from "../../../test/fixtures";
import { PageCache } from "./pageCache";

function workspace(size: number) {
  let names = (index: number) => `Person ${index}`;
  const fetched: number[] = [];
  const fetchPage = async (offset: number, limit: number): Promise<AttioRecord[]> => {
    fetched.push(offset);
    const end = Math.min(size, offset + limit);
    return Array.from({ length: Math.max(0, end - offset) }, (_, i) =>
      person(`r${offset + i}`, names(offset + i)),
    );
  };
  return {
    fetchPage,
    fetched,
    rename: (to: (index: number) => string) => (names = to),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const name = (record: AttioRecord | undefined) => record?.values.name[0].full_name;

describe("the record list's page cache", () => {
  it("fetches only the pages of the rows in view", async () => {
    const data = workspace(100_000);
    const cache = new PageCache(data.fetchPage, 100);
    cache.setCount(100_000);

    cache.ensure(50_020, 50_060);
    await settle();

    expect(data.fetched).toEqual([50_000]);
    expect(cache.rowCount()).toBe(100_000);
    expect(name(cache.row(50_042))).toBe("Person 50042");
    expect(cache.row(10)).toBeUndefined();
  });

  it("does not fetch a page twice while it is loading or loaded", async () => {
    const data = workspace(1000);
    const cache = new PageCache(data.fetchPage, 100);
    cache.ensure(0, 150);
    cache.ensure(10, 120);
    await settle();
    cache.ensure(0, 199);

    expect(data.fetched).toEqual([0, 100]);
  });

  it.each([
    { size: 0, rows: 0 },
    { size: 40, rows: 40 },
    { size: 100, rows: 200 },
    { size: 250, rows: 200 },
  ])("without a count, a list of $size shows $rows rows after its first page", async (t) => {
    const data = workspace(t.size);
    const cache = new PageCache(data.fetchPage, 100);
    cache.ensure(0, 30);
    await settle();

    expect(cache.rowCount()).toBe(t.rows);
    expect(cache.isExact()).toBe(t.size < 100);
  });

  it("finds the end of a list without a count by scrolling to it", async () => {
    const data = workspace(250);
    const cache = new PageCache(data.fetchPage, 100);
    cache.ensure(0, 30);
    await settle();
    cache.ensure(180, 199);
    await settle();
    cache.ensure(290, 299);
    await settle();

    expect(cache.rowCount()).toBe(250);
    expect(cache.isExact()).toBe(true);
  });

  it("keeps showing stale rows until their fresh copy arrives after a change", async () => {
    const data = workspace(300);
    const cache = new PageCache(data.fetchPage, 100);
    cache.ensure(0, 150);
    await settle();

    data.rename((index) => `Renamed ${index}`);
    cache.refresh(0, 30);
    expect(name(cache.row(5))).toBe("Person 5");
    await settle();

    expect(name(cache.row(5))).toBe("Renamed 5");
    expect(name(cache.row(105))).toBe("Person 105");
    cache.ensure(100, 130);
    await settle();
    expect(name(cache.row(105))).toBe("Renamed 105");
  });

  it("reports a failed page and tries again when asked", async () => {
    let fail = true;
    const cache = new PageCache(async () => {
      if (fail) throw new Error("QueryRecords failed");
      return [person("r0", "Ada")];
    }, 100);
    cache.ensure(0, 10);
    await settle();
    expect(cache.error?.message).toBe("QueryRecords failed");

    fail = false;
    cache.ensure(0, 10);
    await settle();
    expect(cache.error).toBeNull();
    expect(name(cache.row(0))).toBe("Ada");
  });
});
