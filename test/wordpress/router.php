<?php
// Router for PHP's built-in server (started by setup.sh):
//   PHP_CLI_SERVER_WORKERS=4 php -S 127.0.0.1:8088 -t /usr/share/wordpress test/wordpress/router.php
// - existing files under the document root (wp-admin/*.php, wp-includes/js/*, wp-comments-post.php…)
//   are handled by the server itself (return false);
// - /wp-content/* is served from Debian's /var/lib/wordpress/wp-content (themes, uploads), never executed;
// - everything else goes to index.php, so pretty permalinks and /wp-json/ work.
// The code lives in a function: the router's globals would otherwise leak into WordPress's.

function press_test_route(): ?bool
{
    $path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
    $root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');

    if (strncmp($path, '/wp-content/', 12) === 0) {
        // Debian links themes and bundled files into /usr/share; realpath() follows the links, so
        // check the resolved file against those trees (no "../" escapes to elsewhere).
        $file = false;
        foreach (['/var/lib/wordpress/wp-content', $root . '/wp-content'] as $dir) {
            $candidate = realpath($dir . substr($path, 11));
            if ($candidate !== false && is_file($candidate)
                && (strncmp($candidate, '/var/lib/wordpress/', 19) === 0 || strncmp($candidate, '/usr/share/', 11) === 0)) {
                $file = $candidate;
                break;
            }
        }
        if ($file === false) {
            http_response_code(404);
            header('Content-Type: text/plain; charset=UTF-8');
            echo "Not found\n";
            return true;
        }
        $ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
        if ($ext === 'php') {
            http_response_code(403);
            return true;
        }
        $types = [
            'css' => 'text/css; charset=UTF-8', 'js' => 'text/javascript; charset=UTF-8',
            'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png',
            'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'gif' => 'image/gif', 'webp' => 'image/webp',
            'ico' => 'image/x-icon', 'woff' => 'font/woff', 'woff2' => 'font/woff2', 'ttf' => 'font/ttf',
            'txt' => 'text/plain; charset=UTF-8', 'html' => 'text/html; charset=UTF-8',
        ];
        header('Content-Type: ' . ($types[$ext] ?? (mime_content_type($file) ?: 'application/octet-stream')));
        header('Content-Length: ' . filesize($file));
        if ($_SERVER['REQUEST_METHOD'] !== 'HEAD') {
            readfile($file);
        }
        return true;
    }

    if ($path !== '/' && file_exists($root . $path)) {
        return false;
    }
    return null;
}

$press_test_routed = press_test_route();
if ($press_test_routed !== null) {
    return $press_test_routed;
}
unset($press_test_routed);

$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
chdir($_SERVER['DOCUMENT_ROOT']);
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
