/**
 * Database and message broker credentials: connection URLs with a password (RFC 3986 §3.2.1
 * userinfo) for PostgreSQL, MySQL/MariaDB, MongoDB, Redis and AMQP, JDBC URLs with a `password`
 * property, and ADO.NET connection strings. The secret is the password.
 *
 * URLs whose host is this machine (`postgres:postgres@localhost`) or a single-label name
 * (`@db:5432`, a docker-compose service or a hosts-file alias, not reachable from the internet)
 * are the local defaults of compose files and READMEs: reported by `local-database-url` at low
 * confidence, not dropped.
 */
import type { SecretRule } from '../contracts.js';
import { LOCAL_HOST, URL_PASSWORD, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const USER = String.raw`[^\s:/?#@"'<>\x60]{1,64}`;
/** Redis has no user before Redis 6 (`redis://:password@host`). */
const OPTIONAL_USER = String.raw`[^\s:/?#@"'<>\x60]{0,64}`;
/** Not a scheme suffix (`xpostgres://`), so the scheme starts where the URL does. */
const SCHEME_START = String.raw`(?<![a-z0-9+.-])`;
/** A host with a dot (a domain or an IP address) that is not one of {@link LOCAL_HOST}. */
const REMOTE_HOST = String.raw`(?!${LOCAL_HOST})[a-z0-9_%-]{1,63}\.[a-z0-9._%-]{1,250}`;
/** This machine, or a single-label name such as a compose service (`db`, `postgres`). */
const DEV_HOST = String.raw`(?:${LOCAL_HOST}|[a-z0-9_-]{1,63}(?![a-z0-9_.%-]))`;
/** A JDBC or ADO.NET property value that is not a reference (`${DB_PASSWORD}`, `%s`). */
const PROPERTY_PASSWORD = String.raw`(?![$%{<*])[^\s&;"'<>\x60]{1,128}`;

const database = (rule: Omit<SecretRule, 'category' | 'secretGroup'>): SecretRule => ({
  ...rule,
  secretGroup: 1,
  category: 'database'
});

const rotateUser = (how: string): string =>
  rotateThenRemove(`${how}, update every client, and check that the server is not reachable from the internet`);

export const DATABASE_RULES: readonly SecretRule[] = [
  // Connection URIs: https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS
  database({
    id: 'postgres-url',
    title: 'PostgreSQL URL with password',
    description: 'A `postgres://` or `postgresql://` URL (also SQLAlchemy `postgresql+driver://`) with a password, to a remote host.',
    severity: 'critical',
    keywords: ['postgres'],
    pattern: rxi`${SCHEME_START}postgres(?:ql)?(?:\+[a-z0-9]{2,20})?://${USER}:(${URL_PASSWORD})@${REMOTE_HOST}`,
    remediation: rotateUser('change the role\'s password (`ALTER ROLE … PASSWORD …`, or reset it in the managed database console)')
  }),
  database({
    id: 'mysql-url',
    title: 'MySQL URL with password',
    description: 'A `mysql://` or `mariadb://` URL (also `mysql+driver://`) with a password, to a remote host.',
    severity: 'critical',
    keywords: ['mysql', 'mariadb'],
    pattern: rxi`${SCHEME_START}(?:mysql(?:\+[a-z0-9]{2,20})?|mariadb)://${USER}:(${URL_PASSWORD})@${REMOTE_HOST}`,
    remediation: rotateUser('change the user\'s password (`ALTER USER … IDENTIFIED BY …`, or reset it in the managed database console)')
  }),
  // Connection strings: https://www.mongodb.com/docs/manual/reference/connection-string/
  database({
    id: 'mongodb-url',
    title: 'MongoDB URL with password',
    description: 'A `mongodb://` or `mongodb+srv://` connection string with a password, to a remote host.',
    severity: 'critical',
    keywords: ['mongodb'],
    pattern: rxi`${SCHEME_START}mongodb(?:\+srv)?://${USER}:(${URL_PASSWORD})@${REMOTE_HOST}`,
    remediation: rotateUser('change the database user\'s password (Atlas → Database Access → Edit, or `db.changeUserPassword()`)')
  }),
  // URL scheme: https://www.iana.org/assignments/uri-schemes/prov/redis
  database({
    id: 'redis-url',
    title: 'Redis URL with password',
    description: 'A `redis://` or `rediss://` URL with a password, to a remote host.',
    severity: 'high',
    keywords: ['redis'],
    pattern: rxi`${SCHEME_START}rediss?://${OPTIONAL_USER}:(${URL_PASSWORD})@${REMOTE_HOST}`,
    remediation: rotateUser('change the password (`ACL SETUSER` or `requirepass`, or reset it in the managed Redis console)')
  }),
  // URI spec: https://www.rabbitmq.com/docs/uri-spec
  database({
    id: 'amqp-url',
    title: 'AMQP URL with password',
    description: 'An `amqp://` or `amqps://` broker URL (RabbitMQ and others) with a password, to a remote host.',
    severity: 'high',
    keywords: ['amqp'],
    pattern: rxi`${SCHEME_START}amqps?://${USER}:(${URL_PASSWORD})@${REMOTE_HOST}`,
    remediation: rotateUser('change the user\'s password (`rabbitmqctl change_password`, or the broker\'s console)')
  }),
  database({
    id: 'local-database-url',
    title: 'Database URL with password (local host)',
    description: 'A database or broker URL with a password whose host is this machine (`localhost`, `127.0.0.1`) or a single-label name (`db`): usually a local default.',
    severity: 'low',
    confidence: 'low',
    keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp'],
    pattern: rxi`${SCHEME_START}(?:postgres(?:ql)?|mysql|mariadb|mongodb|rediss?|amqps?)(?:\+[a-z0-9]{2,20})?://${OPTIONAL_USER}:(${URL_PASSWORD})@${DEV_HOST}`,
    isFalsePositive: isStockLocalPassword,
    remediation: rotateUser('if the same password is used anywhere but your machine, change it there; keep even local passwords in an untracked `.env`')
  }),
  // Connection properties: https://jdbc.postgresql.org/documentation/use/ and the MySQL and SQL
  // Server drivers' `password` property.
  database({
    id: 'jdbc-password',
    title: 'JDBC URL with password',
    description: 'A `jdbc:` URL with a `password=` property.',
    severity: 'critical',
    keywords: ['jdbc:'],
    pattern: rxi`jdbc:[a-z0-9]{2,20}:[^\s"'<>\x60]{0,300}?[?&;]password=(${PROPERTY_PASSWORD})`,
    remediation: rotateUser('change the database user\'s password')
  }),
  // ADO.NET: https://learn.microsoft.com/dotnet/framework/data/adonet/connection-string-syntax
  database({
    id: 'sql-server-connection-string',
    title: 'Connection string with password',
    description: 'An ADO.NET / ODBC connection string (`Server=…;…;Password=…`) with a password.',
    severity: 'critical',
    confidence: 'medium',
    keywords: ['password=', 'pwd='],
    pattern: rxi`(?:server|data source|host|address)[ \t]{0,3}=[^;"'\n]{1,200};[^"'\n]{0,400}?(?:password|pwd)[ \t]{0,3}=[ \t]{0,3}(${PROPERTY_PASSWORD})`,
    remediation: rotateUser('change the login\'s password (`ALTER LOGIN … WITH PASSWORD = …`, or reset it in the Azure portal), and prefer Entra ID / managed identity authentication')
  })
];

/**
 * The passwords database images and tutorials ship with (`postgres:postgres@localhost`, the
 * official images' examples, a password equal to its user): no secret on a local host, so no
 * finding at all. Any other password on a local host is still reported, at low confidence.
 */
const STOCK_PASSWORDS: ReadonlySet<string> = new Set(['postgres', 'password', 'root', 'secret', 'admin', 'mysql', 'mariadb', 'mongo', 'redis', 'guest', 'example', 'changeme', 'test', 'dev', 'local', 'pass']);

function isStockLocalPassword(password: string, lineText: string): boolean {
  const lower = password.toLowerCase();
  if (STOCK_PASSWORDS.has(lower)) return true;
  const escaped = password.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const user = new RegExp(`://([^\\s:/?#@]{1,64}):${escaped}@`).exec(lineText)?.[1];
  return user !== undefined && user.toLowerCase() === lower;
}
