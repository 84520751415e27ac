import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom'
import { queryClient } from './api/queries.js'
import { OrderProvider } from './order/order-context.js'
import { CounterPage } from './pages/counter.page.js'
import { LockPage } from './pages/lock.page.js'
import { NotFoundPage } from './pages/not-found.page.js'
import { applyStoredTheme } from './styles/theme.js'
import './styles/global.css'

applyStoredTheme()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <OrderProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/" element={<Navigate to="/counter" replace />} />
            <Route path="/counter" element={<CounterPage />} />
            <Route path="/counter/lock" element={<LockPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </BrowserRouter>
      </OrderProvider>
    </QueryClientProvider>
  </StrictMode>,
)
