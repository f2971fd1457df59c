// The FAQ editor page: everything lives in src/editor/.
import { defineEditor } from '../src/editor/define.js';

defineEditor();
