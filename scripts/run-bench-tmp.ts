import { benchLogGroups } from './bench/log-groups';
benchLogGroups(false);
