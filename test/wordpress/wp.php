<?php
// Backend of wp.sh: small admin tasks against the test site from PHP CLI (no REST, no login).
require __DIR__ . '/bootstrap.php';

$cmd = $argv[1] ?? '';
$args = array_slice($argv, 2);
$out = static function ($value): void {
    echo is_string($value) ? $value : json_encode($value, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
    echo "\n";
};

switch ($cmd) {
    case 'option': // option NAME → prints; option NAME VALUE → sets; option NAME --delete; --json VALUE
        $name = $args[0] ?? '';
        if ($name === '') {
            fwrite(STDERR, "usage: wp.sh option NAME [VALUE | --json JSON | --delete]\n");
            exit(2);
        }
        if (count($args) === 1) {
            $value = get_option($name, null);
            if ($value === null) {
                exit(1);
            }
            $out($value);
        } elseif ($args[1] === '--delete') {
            delete_option($name);
        } elseif ($args[1] === '--json') {
            update_option($name, json_decode($args[2] ?? 'null', true));
        } else {
            update_option($name, $args[1]);
        }
        break;
    case 'switches':
        $out(press_test_switches());
        break;
    case 'reset-switches':
        press_test_reset_switches();
        $out(press_test_switches());
        break;
    case 'app-password': // prints "admin:xxxx xxxx xxxx xxxx xxxx xxxx" for Basic auth in REST calls
        $name = $args[0] ?? 'press-widgets tests';
        [$password] = WP_Application_Passwords::create_new_application_password(1, ['name' => $name]);
        $out(get_userdata(1)->user_login . ':' . $password);
        break;
    case 'eval': // eval 'PHP code' with WordPress loaded as the admin
        eval($args[0] ?? '');
        break;
    default:
        fwrite(STDERR, "wp.php: unknown command '$cmd'\n");
        exit(2);
}
