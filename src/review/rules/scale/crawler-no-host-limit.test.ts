import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './crawler-no-host-limit.js';

const FRONTIER = 'queue Frontier { engine: sqs }\n';

function crawlerMessage(what: string, hosts: string): string {
    return `${what} crawls ${hosts} with no per-host rate limit: nothing stops it from sending one site far more than it can take, which gets the crawler banned or takes the site down for its own users.`;
}

testRule(rule, {
    valid: [
        { name: 'a crawler keeping a per-host limit', design: `${FRONTIER}worker PageCrawler\nexternal Web "The open web"\nFrontier -> PageCrawler\nPageCrawler -> Web : https { rate_limit: { rps: 1, per: host } }` },
        { name: 'a crawler with a plain rate limit on the connection', design: `${FRONTIER}worker Spider\nexternal Web\nFrontier -> Spider\nSpider -> Web : https { rate_limit: 2 }` },
        { name: 'a worker sending mail through a provider (no crawling said, no rate stated)', design: 'queue Outbox { engine: sqs }\nworker Mailer\nexternal Smtp "Mail provider"\nOutbox -> Mailer\nMailer -> Smtp : smtp' },
        { name: 'a worker calling a partner API at a modest stated rate', design: 'worker Sync\nexternal Crm\nSync -> Crm : https { rps: 20 }' },
        { name: 'a service is not a batch job (its calls follow user requests)', design: 'client U\nservice Preview "Fetches pages to preview links"\nexternal Web\nU -> Preview -> Web : https' },
        { name: 'an asynchronous hand-off is not a request to the host', design: 'worker Scraper\nexternal Feed\nScraper -> Feed : async' },
        { name: 'a word that only contains "scrap" is not scraping', design: 'worker ScrapYard "Scrapbook exporter"\nexternal Printer\nScrapYard -> Printer : https' },
        { name: 'regression: a crawler stating its own per-source rate limiter', design: `${FRONTIER}worker Ingestion "Ingestion (crawler pool, per-source rate limiter)" { rate_limit: true }\nexternal Sites "News sites (web scrapers)"\nFrontier -> Ingestion\nIngestion -> Sites : reads` },
        { name: 'regression: a crawl the connection says is rate limited', design: `${FRONTIER}worker Crawler\nexternal Sites\nFrontier -> Crawler\nCrawler -> Sites : reads "crawl with rate limiting"` },
        { name: 'regression: a scraper fetching a thumbnail of each submitted link is not a crawler', design: 'queue Jobs { engine: rabbitmq }\nworker QueueProcessors "queue processors (votes, scraper/thumbnailer)"\nexternal SubmittedSites "submitted link URLs (the web)"\nJobs -> QueueProcessors\nQueueProcessors -> SubmittedSites : http "scrape thumbnails and media embeds"' },
        { name: 'a crawler whose own limit is keyed by host', design: `${FRONTIER}worker Crawler { rate_limit: { rps: 1, per: host } }\nexternal Sites\nFrontier -> Crawler\nCrawler -> Sites : https` },
        { name: 'a raised threshold for stated rates', design: 'worker Backfill\nexternal Api\nBackfill -> Api : https { rps: 500 }', options: { minRps: 1000 } }
    ],
    invalid: [
        {
            name: 'a crawler whose own limit is keyed by user, not host, still has no per-host limit',
            design: `${FRONTIER}worker PageCrawler { rate_limit: { rps: 5, per: user } }\nexternal Web\nFrontier -> PageCrawler\nPageCrawler -> Web : https`,
            findings: [{ element: 'PageCrawler', message: crawlerMessage('worker PageCrawler', 'external Web') }]
        },
        {
            name: 'a crawler that also makes thumbnails is still a crawler',
            design: `${FRONTIER}worker ImageCrawler "crawls image sites and makes thumbnails"\nexternal Web "The open web"\nFrontier -> ImageCrawler\nImageCrawler -> Web : https`,
            findings: [{ element: 'ImageCrawler', severity: 'warning', messageId: 'crawler', message: crawlerMessage('worker ImageCrawler', 'external Web') }]
        },
        {
            name: 'a worker named a crawler',
            design: `${FRONTIER}worker PageCrawler\nexternal Web "The open web"\nFrontier -> PageCrawler\nPageCrawler -> Web : https`,
            findings: [{ element: 'PageCrawler', severity: 'warning', messageId: 'crawler', message: crawlerMessage('worker PageCrawler', 'external Web') }]
        },
        {
            name: 'the external says what is fetched',
            design: 'function Harvest { engine: lambda }\nexternal Shops "Scraped retailer sites"\nHarvest -> Shops : https',
            findings: [{ element: 'Harvest', message: crawlerMessage('function Harvest', 'external Shops') }]
        },
        {
            name: 'the connection label says it fetches pages; only unlimited hosts are listed',
            design: 'worker Indexer\nexternal Blogs\nexternal News\nexternal Wiki\nIndexer -> Blogs : https "fetch pages"\nIndexer -> News : https { description: "fetches pages of the feed" }\nIndexer -> Wiki : https { rate_limit: 1 }',
            findings: [{ element: 'Indexer', message: crawlerMessage('worker Indexer', 'external Blogs and external News') }]
        },
        {
            name: 'the caller\'s own rate limit is about what it accepts',
            design: 'worker Crawler { rate_limit: 5 }\nexternal Web\nCrawler -> Web : https',
            findings: [{ element: 'Crawler', message: crawlerMessage('worker Crawler', 'external Web') }]
        },
        {
            name: 'a batch job at a high stated rate',
            design: 'worker Backfill "Nightly order backfill"\nexternal PartnerApi\nBackfill -> PartnerApi : https { rps: 500 }',
            findings: [{
                element: 'Backfill',
                messageId: 'heavy',
                message: 'worker Backfill calls external PartnerApi at 500 requests/s with no rate limit on the connection: nothing stops a batch run from sending that host more than it accepts, which gets the job refused or banned, or takes the host down.'
            }]
        }
    ]
});
