// Tests use Debian's Chromium and Firefox; never let puppeteer download its own browser.
module.exports = { skipDownload: true };
