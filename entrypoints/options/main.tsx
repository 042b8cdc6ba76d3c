import { render } from 'preact';
import { OptionsApp } from './App';
import '../sidepanel/style.css';
import './style.css';

render(<OptionsApp />, document.getElementById('app')!);
