/**
 * Entry of `dist/apt-faq.js`, the standalone bundle for a `<script type="module">` tag:
 * registers the elements and nothing else (npm users import `apt-faq` and `apt-faq/define`).
 */
import './define.js';
