import { Route, Routes } from 'react-router';
import { TargetDetailPage } from './TargetDetailPage';
import { TargetsPage } from './TargetsPage';
import { UnitTargetsPage } from './UnitTargetsPage';

export default function TargetsRoutes() {
  return (
    <Routes>
      <Route index element={<TargetsPage />} />
      <Route path="t/:id" element={<TargetDetailPage />} />
      <Route path="unit/:id" element={<UnitTargetsPage />} />
    </Routes>
  );
}
