/**
 * The design the real-editor practice checks write into the file `start`
 * opened: the body of test/fixtures/practice/url-shortener/good.arch (a
 * copy, because the editor's bundle cannot read the repository;
 * test/extension/practice-answer.test.ts keeps it equal to the fixture and
 * checks the score). Free of `vscode`: the UI checks use it too.
 */
export const PRACTICE_PROMPT = 'url-shortener';

export const GOOD_DESIGN = `architecture UrlShortener "URL shortener" {
  requirements {
    peak_rps: 8k
    read_ratio: 100
    payload: 0.5KB
    storage_growth: 1.7GB
    availability: 99.9%
  }

  client Browser
  loadbalancer Lb { engine: alb, zones: 2 }

  network private {
    service Api {
      replicas: 3
      zones: 2
      stateless: true
      -> Hot : redis, reads
      -> Urls { protocol: sql, access: read_write, timeout: 300ms }
    }
    cache Hot { engine: redis, eviction: lru, ttl: 24h }
    database Urls {
      engine: postgres
      replicas: 2
      zones: 2
      failover: auto
      backup: { mode: snapshot, interval: 1d }
    }
  }

  Browser -> Lb : https
  Lb -> Api : https
}
`;

/** What GOOD_DESIGN scores with the prompt's twist revealed (as `archlens practice score` prints it). */
export const GOOD_DESIGN_SCORE = 74;

/**
 * The practice file with its `architecture` block replaced by `design`: the
 * header, the block's own first line (the attempt's design name) and any
 * twist comments stay, as a person editing the file would leave them.
 */
export function withDesign(text: string, design: string): string {
    const start = text.search(/^architecture\b/m);
    if (start < 0) {
        throw new Error('the practice file has no architecture block');
    }
    const close = /^\}[ \t]*(\r?\n|$)/m.exec(text.slice(start));
    if (!close) {
        throw new Error('the practice file\'s architecture block does not close');
    }
    const header = text.slice(start, text.indexOf('\n', start));
    const body = design.slice(design.indexOf('\n'));
    return `${text.slice(0, start)}${header}${body}${text.slice(start + close.index + close[0].length)}`;
}
