// Two ClickHouse servers on loopback ports, each a shard, for the server's tests and bench
// (#35): Debian's clickhouse-server (18.16), installed with apt-get when missing (as root, as
// the browsers are), each started as a plain process from an XML config of its own under a
// temporary folder, with a `two_shards` cluster naming both, and stopped (SIGTERM) after.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptInstall } from './find-chrome.mjs';

const SERVER = '/usr/sbin/clickhouse-server';

/** Finds clickhouse-server, installing Debian's package when it is missing and we may (as the browsers are). */
export function findClickHouse() {
  if (existsSync(SERVER)) return SERVER;
  if (!aptInstall(['clickhouse-server'], 'No ClickHouse found') || !existsSync(SERVER)) {
    throw new Error("ClickHouse is not installed: install Debian's clickhouse-server (18.16), as root `apt-get install -y clickhouse-server`");
  }
  return SERVER;
}

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });
}

const config = (dir, http, tcp, shards) => `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/server.err.log</errorlog><size>10M</size><count>1</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${http}</http_port>
  <tcp_port>${tcp}</tcp_port>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <format_schema_path>${dir}/format_schemas/</format_schema_path>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>268435456</mark_cache_size>
  <max_concurrent_queries>50</max_concurrent_queries>
  <remote_servers><two_shards>${shards.map((p) => `<shard><replica><host>127.0.0.1</host><port>${p}</port></replica></shard>`).join('')}</two_shards></remote_servers>
</yandex>
`;

// `default` may write (the tests load their data); `viewer` only reads, as the timeline's server should.
const USERS = `<?xml version="1.0"?>
<yandex>
  <profiles>
    <default><max_memory_usage>4000000000</max_memory_usage><max_execution_time>60</max_execution_time></default>
    <readonly><readonly>2</readonly><max_execution_time>10</max_execution_time></readonly>
  </profiles>
  <users>
    <default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default>
    <viewer><password>viewer</password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>readonly</profile><quota>default</quota></viewer>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;

/**
 * Starts `count` shards (default 2); resolves once each answers /ping, with their HTTP
 * addresses and `stop()`, which ends them and removes their folders.
 */
export async function startShards(count = 2) {
  const server = findClickHouse();
  const root = mkdtempSync(join(tmpdir(), 'sahel-clickhouse-'));
  const ports = [];
  for (let i = 0; i < count; i++) ports.push({ http: await freePort(), tcp: await freePort() });
  const children = ports.map(({ http, tcp }, i) => {
    const dir = join(root, `s${i + 1}`);
    for (const sub of ['data', 'tmp', 'user_files', 'format_schemas']) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'config.xml'), config(dir, http, tcp, ports.map((p) => p.tcp)));
    writeFileSync(join(dir, 'users.xml'), USERS);
    return spawn(server, [`--config-file=${join(dir, 'config.xml')}`], { stdio: 'ignore' });
  });
  const stop = async () => {
    await Promise.all(children.map((child) => new Promise((resolve) => {
      if (child.exitCode !== null) resolve(undefined);
      else {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }
    })));
    rmSync(root, { recursive: true, force: true });
  };
  const urls = ports.map((p) => `http://127.0.0.1:${p.http}`);
  try {
    for (const url of urls) {
      for (let t = 0; ; t++) {
        const ok = await fetch(`${url}/ping`).then((r) => r.ok, () => false);
        if (ok) break;
        if (t > 200) throw new Error(`ClickHouse at ${url} did not start within 20 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls, stop };
}
