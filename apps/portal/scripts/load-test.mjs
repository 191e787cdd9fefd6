// A load test of one URL with autocannon: 50 connections for 30 s by default, on loopback only.
// The load generator runs in a worker thread, so it does not share an event loop with a server
// started in the same process.
import autocannon from 'autocannon';

/**
 * @param {{ url: string, connections?: number, duration?: number, headers?: Record<string, string> }} options
 * @returns {Promise<{ url: string, requestsPerSecond: number, p99: number, errors: number, timeouts: number, non2xx: number, requests: number }>}
 */
export async function loadTest({ url, connections = 50, duration = 30, headers = {} }) {
  const { hostname } = new URL(url);
  if (hostname !== '127.0.0.1' && hostname !== '[::1]' && hostname !== 'localhost')
    throw new Error(`The load test only runs against loopback, not ${hostname}`);
  const result = await autocannon({ url, connections, duration, headers, workers: 1 });
  return {
    url,
    requestsPerSecond: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}
