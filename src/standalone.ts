/**
 * Entry of `dist/apt-faq.js`, the standalone bundle, a classic script for a
 * `<script defer src>` (or `type="module"`) tag:
 * registers the elements and nothing else (npm users import `apt-faq` and `apt-faq/define`).
 */
import './define.js';
