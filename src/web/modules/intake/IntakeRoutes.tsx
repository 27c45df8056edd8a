import { Route, Routes } from 'react-router';
import { ReviewPage } from './ReviewPage';
import { StartPage } from './StartPage';

/** 文本转台账: /intake (paste or upload), /intake/:id (review and create). */
export default function IntakeRoutes() {
  return (
    <Routes>
      <Route index element={<StartPage />} />
      <Route path=":id" element={<ReviewPage />} />
    </Routes>
  );
}
