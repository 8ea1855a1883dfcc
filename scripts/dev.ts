import './lib/load-env';
import { runApp } from './lib/run-app';

void runApp('dev');
