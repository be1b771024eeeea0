import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Category } from 'press-widgets/data.js';
import { Sidebar } from './Sidebar.js';

const FIRST: Category[] = [
  { id: 3, name: 'Company News', url: '/category/company-news/', count: 82 },
  { id: 7, name: 'Crypto Currency', url: '/category/crypto-currency/', count: 23 },
];
const MORE: Category[] = [...FIRST, { id: 9, name: 'Earning Reports', url: '/category/earning-reports/', count: 5 }];

function App() {
  const [categories, setCategories] = useState(FIRST);
  return (
    <>
      <Sidebar categories={categories} />
      <button
        type="button"
        onClick={() => {
          setCategories(MORE);
        }}
      >
        More
      </button>
    </>
  );
}

const root = document.querySelector('#root');
if (root) createRoot(root).render(<App />);
