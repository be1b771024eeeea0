// Types for adversarial-html.js, which the bench runs in Node as it is and the tests import.
export declare const SHAPES: Record<string, string>;
export declare function shapeOf(name: string, bytes: number): string;
export declare function adversarialHtml(bytes: number): string;
