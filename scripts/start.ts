import { runApp } from './lib/run-app';

void runApp('start');
