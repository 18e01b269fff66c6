/**
 * Who hears about what (`monitor.alert.routes`): each alert goes to the channels its incident's
 * severity is routed to, e.g. critical → issue + webhook, high → issue. The seeds' alert matrix.
 */
import type { AlertChannel, AlertSeverity } from '../config/config-types.js';
import type { AlertAction } from './alert-action.js';

export interface RoutedAlerts {
  issue: AlertAction[];
  webhook: AlertAction[];
}

export function routeAlerts(actions: readonly AlertAction[], routes: Readonly<Record<AlertSeverity, readonly AlertChannel[]>>): RoutedAlerts {
  const routed: RoutedAlerts = { issue: [], webhook: [] };
  for (const action of actions) {
    for (const channel of routes[action.incident.severity]) routed[channel].push(action);
  }
  return routed;
}
