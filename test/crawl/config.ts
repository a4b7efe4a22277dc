// The fixture portal's crawl config: no delay, short timeouts, quick retries, so the tests run fast.
export function portalConfig(base: string, extra = ''): string {
  return `contact: "mailto:data@example.org"
timeout_ms: 400
retries: 2
retry_delay_ms: 20
portals:
  - id: qinglong
    start: ["${base}/list_1.html"]
    list: { item: "ul.news li a", next: "a.next", max_pages: 5 }
    detail: { attachments: "a", title: "h1" }
    include: ["预算", "决算"]
    exclude: ["采购公告"]
    metadata: { region_code: "130321" }
    delay_ms: 0
${extra}`;
}
